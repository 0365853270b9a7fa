package org.redbox.directory.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.redbox.directory.SignedInStaff;
import org.redbox.directory.StaffAccount;
import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff create and revoke their own API tokens; the bearer filter asks which active account a
 * token belongs to. Creating and revoking are audited; using a token is not (every call would be).
 */
@Service
@Transactional
public class ApiTokenAdministration {

	static final String PREFIX = "rbx_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;
	private final StaffAccounts staff;
	private final Clock clock;

	ApiTokenAdministration(ApiTokens tokens, StaffAccounts staff, Clock clock) {
		this.tokens = tokens;
		this.staff = staff;
		this.clock = clock;
	}

	/** Creates a token for {@code by}; the returned secret is shown once and never kept. */
	public IssuedToken create(SignedInStaff by, String name) {
		String secret = PREFIX + newSecret();
		ApiToken token = tokens.save(ApiToken.issue(by.id(), name, secret, by.actor(), clock.instant()));
		return new IssuedToken(token.id(), token.name(), secret);
	}

	/** Revokes one of {@code by}'s own tokens. */
	public void revoke(SignedInStaff by, UUID tokenId) {
		ApiToken token = tokens.findById(tokenId).filter(t -> t.staff().equals(by.id()))
				.orElseThrow(() -> new NotFound("token"));
		token.revoke(by.actor(), clock.instant());
		tokens.save(token);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(SignedInStaff by) {
		return tokens.findByStaffIdOrderByCreatedAtDesc(by.id().value());
	}

	/** The active account an active token belongs to: one indexed lookup, no bcrypt. */
	@Transactional(readOnly = true)
	public Optional<TokenHolder> holderOf(String secret) {
		return tokens.findByTokenHash(ApiToken.hash(secret)).filter(ApiToken::isActive)
				.flatMap(t -> staff.findById(t.staff().value())).filter(StaffAccount::isActive)
				.map(a -> new TokenHolder(a.email(), a.grants().stream().map(g -> g.role().authority()).distinct().toList(),
						a.asSignedIn()));
	}

	/** Makes sure a fixed token (the demo's, for the load harness) belongs to the account with {@code email}. */
	public void ensure(String email, String secret, String name) {
		if (tokens.findByTokenHash(ApiToken.hash(secret)).isPresent()) {
			return;
		}
		staff.findByEmail(email).ifPresent(account -> tokens.save(
				ApiToken.issue(account.id(), name, secret, Actor.system(), clock.instant())));
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Who a request with a token acts as: the account's email, its role authorities, and the account as read now. */
	public record TokenHolder(String email, List<String> authorities, org.redbox.directory.SignedInStaff staff) {
	}

	/** A token just created, with the secret its owner must copy now. */
	public record IssuedToken(UUID id, String name, String secret) {
	}
}
