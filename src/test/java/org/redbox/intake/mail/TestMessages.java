package org.redbox.intake.mail;

import java.util.UUID;

/** Raw messages as they arrive from the internet, well formed or not. */
final class TestMessages {

	private TestMessages() {
	}

	static String plain(String from, String subject, String body) {
		return headers(from, subject, "<" + UUID.randomUUID() + "@mail.example.org>")
				+ "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
	}

	static String withHeaders(String from, String subject, String extraHeaders, String body) {
		return headers(from, subject, "<" + UUID.randomUUID() + "@mail.example.org>") + extraHeaders
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
	}

	static String headers(String from, String subject, String messageId) {
		return (from == null ? "" : "From: " + from + "\r\n") + "To: correspondence@exampleton.gov.uk\r\n"
				+ "Subject: " + subject + "\r\n" + "Date: Mon, 23 Nov 2026 09:15:00 +0000\r\n"
				+ (messageId == null ? "" : "Message-ID: " + messageId + "\r\n") + "MIME-Version: 1.0\r\n";
	}

	/** A multipart/alternative message with an HTML part and, optionally, one attachment. */
	static String html(String from, String subject, String text, String html, String attachmentName,
			String attachmentBase64) {
		String boundary = "b-" + UUID.randomUUID();
		String inner = "i-" + UUID.randomUUID();
		StringBuilder raw = new StringBuilder(headers(from, subject, "<" + UUID.randomUUID() + "@mail.example.org>"));
		raw.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
		raw.append("--").append(boundary).append("\r\n");
		raw.append("Content-Type: multipart/alternative; boundary=\"").append(inner).append("\"\r\n\r\n");
		if (text != null) {
			raw.append("--").append(inner).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(text)
					.append("\r\n");
		}
		raw.append("--").append(inner).append("\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n").append(html)
				.append("\r\n--").append(inner).append("--\r\n");
		if (attachmentName != null) {
			raw.append("--").append(boundary).append("\r\nContent-Type: application/octet-stream; name=\"")
					.append(attachmentName).append("\"\r\nContent-Disposition: attachment; filename=\"").append(attachmentName)
					.append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n").append(attachmentBase64).append("\r\n");
		}
		raw.append("--").append(boundary).append("--\r\n");
		return raw.toString();
	}
}
