package org.redbox.intake.form;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When web-form messages were sent, by a hash of the sender's email and of the client address —
 * the rate limit's only memory, kept in the database so that every node counts alike, and holding
 * no address in the clear. Rows older than the window are pruned as new ones are recorded.
 */
@Repository
class WebFormSubmissions {

	private final JdbcClient jdbc;

	WebFormSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String email, String client, Instant at, Instant forgetBefore) {
		jdbc.sql("delete from intake_web_form_submission where submitted_at < ?").param(utc(forgetBefore)).update();
		jdbc.sql("insert into intake_web_form_submission (id, email_hash, client_hash, submitted_at) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), hash(email), hash(client), utc(at)).update();
	}

	long fromEmailSince(String email, Instant since) {
		return jdbc.sql("select count(*) from intake_web_form_submission where email_hash = ? and submitted_at >= ?")
				.params(hash(email), utc(since)).query(Long.class).single();
	}

	long fromClientSince(String client, Instant since) {
		return jdbc.sql("select count(*) from intake_web_form_submission where client_hash = ? and submitted_at >= ?")
				.params(hash(client), utc(since)).query(Long.class).single();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static String hash(String value) {
		String normalised = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
