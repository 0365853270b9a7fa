package org.redbox.directory.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.directory.ApiTokenCreated;
import org.redbox.directory.ApiTokenRevoked;
import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A token with which a script acts as one member of staff on {@code /api}. Only its SHA-256
 * hash is stored: a token is random enough (256 bits) that a fast hash is safe, and a fast
 * hash keeps each API request cheap where bcrypt would not.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractAggregateRoot<ApiToken> {

	@Id
	private UUID id;
	@Column(name = "staff_id")
	private UUID staffId;
	private String name;
	@Column(name = "token_hash")
	private String tokenHash;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "revoked_at")
	private Instant revokedAt;
	/** Null until first saved, so that saving a new token persists it. */
	@Version
	private Long version;

	protected ApiToken() {
	}

	static ApiToken issue(StaffId staff, String name, String secret, Actor by, Instant now) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Name the token after what will use it");
		}
		var token = new ApiToken();
		token.id = UUID.randomUUID();
		token.staffId = staff.value();
		token.name = name.strip().length() > 100 ? name.strip().substring(0, 100) : name.strip();
		token.tokenHash = hash(secret);
		token.createdAt = now;
		token.registerEvent(new ApiTokenCreated(staff, token.name, by, now));
		return token;
	}

	void revoke(Actor by, Instant now) {
		if (revokedAt != null) {
			throw new IllegalStateException("The token '" + name + "' is already revoked");
		}
		revokedAt = now;
		registerEvent(new ApiTokenRevoked(staff(), name, by, now));
	}

	/** The SHA-256 of a token, in hex, as stored. */
	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JVM has SHA-256", e);
		}
	}

	public UUID id() {
		return id;
	}

	public StaffId staff() {
		return new StaffId(staffId);
	}

	public String name() {
		return name;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}

	public boolean isActive() {
		return revokedAt == null;
	}
}
