package org.redbox.diary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A principal's diary: one per principal's post (the Mayor, a Deputy Mayor, a Cabinet Member, a
 * Member), owned by the post's office, kept whoever holds the post. It holds the office's
 * default travel time between places and the secret of its iCalendar feed — only the
 * secret's SHA-256: 256 random bits need no slow hash, and a fast one keeps each feed fetch cheap.
 */
@Entity
@Table(name = "diary")
public class Diary extends AbstractAggregateRoot<Diary> {

	static final int DEFAULT_TRAVEL_MINUTES = 30;

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	@Column(name = "post_id")
	private UUID postId;
	private String title;
	private String zone;
	@Column(name = "default_travel_minutes")
	private int defaultTravelMinutes;
	@Column(name = "feed_token_hash")
	private String feedTokenHash;
	@Column(name = "feed_issued_at")
	private Instant feedIssuedAt;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "created_at")
	private Instant createdAt;
	/** Null until first saved, so that saving a new diary persists it. */
	@Version
	private Long version;

	protected Diary() {
	}

	/** The diary of a principal's post, in London time with the default travel time. */
	public static Diary open(OfficeId office, UUID postId, String postTitle, Actor by, Instant now) {
		var diary = new Diary();
		diary.id = UUID.randomUUID();
		diary.officeId = office.value();
		diary.postId = postId;
		diary.title = postTitle.strip();
		diary.zone = EntryTime.LONDON.getId();
		diary.defaultTravelMinutes = DEFAULT_TRAVEL_MINUTES;
		diary.marking = SecurityMarking.official(SecurityMarking.Descriptor.PERSONAL);
		diary.createdAt = now;
		diary.registerEvent(new DiaryOpened(diary.id(), office, diary.title, by, now));
		return diary;
	}

	/** Issues a new feed secret, revoking any earlier one: the old URL stops working at once. */
	public void renewFeed(String secret, Actor by, Instant now) {
		feedTokenHash = hash(secret);
		feedIssuedAt = now;
		registerEvent(new DiaryFeedRenewed(id(), officeId(), title, by, now));
	}

	public void revokeFeed(Actor by, Instant now) {
		if (feedTokenHash == null) {
			throw new IllegalStateException("This diary has no feed to revoke");
		}
		feedTokenHash = null;
		feedIssuedAt = null;
		registerEvent(new DiaryFeedRevoked(id(), officeId(), title, by, now));
	}

	/** The SHA-256 of a feed secret, in hex, as stored. */
	public static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JVM has SHA-256", e);
		}
	}

	public boolean hasFeed() {
		return feedTokenHash != null;
	}

	public DiaryId id() {
		return new DiaryId(id);
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public UUID postId() {
		return postId;
	}

	public String title() {
		return title;
	}

	public ZoneId zone() {
		return ZoneId.of(zone);
	}

	public int defaultTravelMinutes() {
		return defaultTravelMinutes;
	}

	public Instant feedIssuedAt() {
		return feedIssuedAt;
	}

	public SecurityMarking marking() {
		return marking;
	}
}
