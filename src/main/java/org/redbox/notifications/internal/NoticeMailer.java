package org.redbox.notifications.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.mail.MessagingException;

import org.redbox.directory.DirectoryManagement;
import org.redbox.notifications.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails new notices to their recipients: the notice table is the outbox. A notice is marked
 * emailed after the SMTP server accepts it, so a crash in between sends it twice rather than
 * never. Without mail configured (no {@code spring.mail.host}) notices stay on the home page only;
 * notices older than a day are not emailed late.
 */
@Component
class NoticeMailer {

	private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
	private static final int BATCH = 100;

	private final NoticeRepository notices;
	private final DirectoryManagement directory;
	private final ObjectProvider<JavaMailSender> mail;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final String from;
	private final String baseUrl;

	NoticeMailer(NoticeRepository notices, DirectoryManagement directory, ObjectProvider<JavaMailSender> mail,
			TransactionTemplate transactions, Clock clock,
			@Value("${redbox.notifications.from:Redbox <no-reply@redbox.invalid>}") String from,
			@Value("${redbox.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.directory = directory;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@Scheduled(initialDelayString = "${redbox.notifications.mail-interval:PT30S}",
			fixedDelayString = "${redbox.notifications.mail-interval:PT30S}")
	void sendPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		var pending = notices.unsentSince(clock.instant().minus(Duration.ofDays(1)), PageRequest.of(0, BATCH));
		for (Notice notice : pending) {
			var recipient = directory.activeStaff(notice.recipient());
			try {
				if (recipient.isPresent()) {
					sender.send(message(sender, notice, recipient.get().email()));
				}
				transactions.executeWithoutResult(status -> notices.findById(notice.id())
						.ifPresent(n -> n.markEmailed(clock.instant())));
			}
			catch (MailException | MessagingException e) {
				log.warn("Could not email notice {}; will retry: {}", notice.id(), e.getMessage());
				return;
			}
		}
	}

	private jakarta.mail.internet.MimeMessage message(JavaMailSender sender, Notice notice, String to)
			throws MessagingException {
		var message = sender.createMimeMessage();
		var helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(from);
		helper.setTo(to);
		helper.setSubject("Redbox: " + notice.kind().displayName() + " — " + notice.message());
		helper.setText(notice.message() + "\n\nOpen it in Redbox: " + baseUrl + notice.link()
				+ "\n\nYou receive this because you work on this case in Redbox.\n");
		// Automatic mail: an auto-responder must not answer it, so no mail loop can start.
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}
}
