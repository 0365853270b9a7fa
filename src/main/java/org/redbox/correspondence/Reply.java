package org.redbox.correspondence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The reply being drafted. Sign-off freezes it: the SHA-256 of the signed text is kept, and
 * what is dispatched must match it byte for byte.
 */
@Embeddable
public class Reply {

	@Column(name = "reply_html")
	private String html;
	@Column(name = "reply_saved_at")
	private Instant savedAt;
	@Column(name = "reply_signed_hash")
	private String signedHash;
	@Column(name = "reply_signed_by")
	private UUID signedBy;
	@Column(name = "reply_signed_by_name")
	private String signedByName;
	@Column(name = "reply_signed_at")
	private Instant signedAt;

	protected Reply() {
	}

	static Reply empty() {
		return new Reply();
	}

	/** Replaces the text; a signed reply loses its signature. Returns whether it had been signed. */
	boolean revise(String newHtml, Instant now) {
		boolean wasSigned = isSigned();
		this.html = newHtml;
		this.savedAt = now;
		this.signedHash = null;
		this.signedBy = null;
		this.signedByName = null;
		this.signedAt = null;
		return wasSigned;
	}

	void sign(UUID by, String byName, Instant now) {
		this.signedHash = sha256(html);
		this.signedBy = by;
		this.signedByName = byName;
		this.signedAt = now;
	}

	void unsign() {
		signedHash = null;
		signedBy = null;
		signedByName = null;
		signedAt = null;
	}

	public boolean isSigned() {
		return signedHash != null;
	}

	/** The text is exactly what was signed. */
	public boolean isIntact() {
		return isSigned() && signedHash.equals(sha256(html));
	}

	public boolean hasText() {
		return html != null && !html.isBlank();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public String html() {
		return html;
	}

	public Instant savedAt() {
		return savedAt;
	}

	public String signedHash() {
		return signedHash;
	}

	public String signedByName() {
		return signedByName;
	}

	public Instant signedAt() {
		return signedAt;
	}
}
