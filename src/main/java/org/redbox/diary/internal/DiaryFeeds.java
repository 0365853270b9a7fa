package org.redbox.diary.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Optional;

import org.redbox.diary.Diary;
import org.redbox.diary.DiaryId;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret iCalendar feed of each diary: issued, renewed and revoked by the principal or a
 * diary manager; fetched by calendar apps with no sign-in, the secret in the URL being the only
 * key. The feed holds the past month and the coming twelve.
 */
@Service
@Transactional
public class DiaryFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DiaryDoor door;
	private final Diaries diaries;
	private final DiaryEntries entries;
	private final Clock clock;

	DiaryFeeds(DiaryDoor door, Diaries diaries, DiaryEntries entries, Clock clock) {
		this.door = door;
		this.diaries = diaries;
		this.entries = entries;
		this.clock = clock;
	}

	/** Issues a new secret (the old one stops working) and returns it: it is shown once and never stored. */
	public String renew(SignedInStaff by, DiaryId id) {
		Diary diary = door.toManageFeed(by, id).diary();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		diary.renewFeed(secret, by.actor(), clock.instant());
		diaries.save(diary);
		return secret;
	}

	/** @throws IllegalStateException when the diary has no feed */
	public void revoke(SignedInStaff by, DiaryId id) {
		Diary diary = door.toManageFeed(by, id).diary();
		diary.revokeFeed(by.actor(), clock.instant());
		diaries.save(diary);
	}

	/** The calendar behind {@code secret}, or empty when no live feed has it. */
	@Transactional(readOnly = true)
	public Optional<String> feed(String secret) {
		return diaries.findByFeedTokenHash(Diary.hash(secret)).map(diary -> {
			ZonedDateTime now = ZonedDateTime.now(clock.withZone(diary.zone()));
			Instant from = now.minusMonths(1).toInstant();
			Instant to = now.plusMonths(12).toInstant();
			return FeedWriter.write(diary, entries.findReaching(diary.id().value(), from, to));
		});
	}
}
