package org.redbox.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.diary.DiaryId;
import org.redbox.diary.Engagement;
import org.redbox.diary.EntryId;
import org.redbox.directory.TeamSummary;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.StaffId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A briefing for one happening of a diary engagement, commissioned from a policy team. The team
 * writes it (sanitised HTML) or uploads it, and submits it; it is then cleared — and so attached
 * to the engagement — or returned to the team with a reason, to be rewritten and submitted again.
 * A briefing says where the principal goes and whom they meet: OFFICIAL PERSONAL, like the entry.
 */
@Entity
@Table(name = "briefing")
public class Briefing extends AbstractAggregateRoot<Briefing> {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	@Column(name = "diary_id")
	private UUID diaryId;
	@Column(name = "entry_id")
	private UUID entryId;
	@Column(name = "diary_title")
	private String diaryTitle;
	@Column(name = "event_title")
	private String eventTitle;
	@Column(name = "event_start")
	private Instant eventStart;
	@Column(name = "event_local")
	private LocalDateTime eventLocal;
	private String zone;
	@Column(name = "team_id")
	private UUID teamId;
	@Column(name = "team_name")
	private String teamName;
	private String request;
	@Column(name = "due_on")
	private LocalDate dueOn;
	@Enumerated(EnumType.STRING)
	private BriefingStatus status;
	@Column(name = "content_html")
	private String contentHtml;
	@Column(name = "document_id")
	private UUID documentId;
	@Column(name = "document_name")
	private String documentName;
	@Column(name = "written_by_id")
	private UUID writtenById;
	@Column(name = "written_by")
	private String writtenBy;
	@Column(name = "commissioned_by_id")
	private UUID commissionedById;
	@Column(name = "commissioned_by")
	private String commissionedBy;
	@Column(name = "commissioned_at")
	private Instant commissionedAt;
	@Column(name = "submitted_at")
	private Instant submittedAt;
	@Column(name = "cleared_by")
	private String clearedBy;
	@Column(name = "cleared_at")
	private Instant clearedAt;
	@Column(name = "return_reason")
	private String returnReason;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "updated_at")
	private Instant updatedAt;
	/** Null until first saved, so that saving a new briefing persists it. */
	@Version
	private Long version;

	protected Briefing() {
	}

	/** A briefing asked of {@code team} for {@code engagement}, due on {@code due}. */
	public static Briefing commission(Engagement engagement, TeamSummary team, String request, LocalDate due, Actor by,
			Instant now) {
		if (!team.office().equals(engagement.office())) {
			throw new IllegalArgumentException("Choose a team of the diary's office");
		}
		if (due.isAfter(engagement.day())) {
			throw new IllegalArgumentException("The briefing must be due no later than the day of the engagement");
		}
		var b = new Briefing();
		b.id = UUID.randomUUID();
		b.officeId = engagement.office().value();
		b.diaryId = engagement.diary().value();
		b.entryId = engagement.entry().value();
		b.diaryTitle = engagement.diaryTitle();
		b.eventTitle = engagement.title();
		b.eventStart = engagement.startInstant();
		b.eventLocal = engagement.start();
		b.zone = engagement.zone().getId();
		b.teamId = team.id();
		b.teamName = team.name();
		b.request = required(request, "Say what the briefing should cover", 2000);
		b.dueOn = due;
		b.status = BriefingStatus.REQUESTED;
		b.commissionedById = by.staffId().value();
		b.commissionedBy = by.name();
		b.commissionedAt = now;
		b.marking = SecurityMarking.official(SecurityMarking.Descriptor.PERSONAL);
		b.updatedAt = now;
		b.registerEvent(new BriefingCommissioned(b.id(), b.officeId(), b.reference(), team.id(), team.name(), due, by, now));
		return b;
	}

	/** Keeps the team's text (already sanitised); the briefing stays with the team until submitted. */
	public void write(String safeHtml, Actor by, Instant now) {
		requireWithTheTeam();
		contentHtml = required(safeHtml, "Write the briefing before saving it", 100_000);
		wroteBy(by, now);
		registerEvent(new BriefingDrafted(id(), officeId(), reference(), by, now));
	}

	/** Attaches the uploaded document (stored by the documents module) as the briefing. */
	public void attach(UUID document, String filename, Actor by, Instant now) {
		requireWithTheTeam();
		documentId = Objects.requireNonNull(document, "document");
		documentName = filename;
		wroteBy(by, now);
		registerEvent(new BriefingDocumentAttached(id(), officeId(), reference(), filename, by, now));
	}

	public void submit(Actor by, Instant now) {
		requireWithTheTeam();
		if (!hasContent()) {
			throw new IllegalStateException("Write or upload the briefing before submitting it");
		}
		status = BriefingStatus.SUBMITTED;
		submittedAt = now;
		updatedAt = now;
		registerEvent(new BriefingSubmitted(id(), officeId(), reference(), new StaffId(commissionedById), by, now));
	}

	/** Clears the submitted briefing: from now on it is the engagement's briefing. */
	public void clear(Actor by, Instant now) {
		requireStatus(BriefingStatus.SUBMITTED, "Only a submitted briefing can be cleared");
		status = BriefingStatus.CLEARED;
		clearedBy = by.name();
		clearedAt = now;
		returnReason = null;
		updatedAt = now;
		registerEvent(new BriefingCleared(id(), officeId(), reference(), writer(), by, now));
	}

	/** Returns the submitted briefing to the team; the reason is required, and shown to them. */
	public void returnToTeam(String reason, Actor by, Instant now) {
		requireStatus(BriefingStatus.SUBMITTED, "Only a submitted briefing can be returned");
		returnReason = required(reason, "Give the reason for returning the briefing", 2000);
		status = BriefingStatus.RETURNED;
		updatedAt = now;
		registerEvent(new BriefingReturned(id(), officeId(), reference(), returnReason, writer(), by, now));
	}

	/** Not cleared, and its due day has passed. */
	public boolean isOverdue(LocalDate today) {
		return status != BriefingStatus.CLEARED && dueOn.isBefore(today);
	}

	public boolean hasContent() {
		return (contentHtml != null && !contentHtml.isBlank()) || documentId != null;
	}

	/** What the briefing is for, as its pages show it. */
	public String event() {
		return eventTitle + ", " + DAY.format(eventLocal);
	}

	/**
	 * The engagement as notices and events name it: the diary and the day, never the title (a
	 * notice may be emailed, and the entry may be private).
	 */
	public String reference() {
		return "the " + diaryTitle + " engagement on " + DAY.format(eventLocal);
	}

	private void wroteBy(Actor by, Instant now) {
		writtenById = by.staffId() == null ? null : by.staffId().value();
		writtenBy = by.name();
		updatedAt = now;
	}

	private void requireWithTheTeam() {
		if (!status.withTheTeam()) {
			throw new IllegalStateException("The briefing is " + status.displayName().toLowerCase(java.util.Locale.ROOT)
					+ ": it can no longer be changed");
		}
	}

	private void requireStatus(BriefingStatus wanted, String problem) {
		if (status != wanted) {
			throw new IllegalStateException(problem);
		}
	}

	private static String required(String value, String problem, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(problem);
		}
		if (value.length() > maxLength) {
			throw new IllegalArgumentException("Keep it under " + maxLength + " characters");
		}
		return value.strip();
	}

	public BriefingId id() {
		return new BriefingId(id);
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public DiaryId diaryId() {
		return new DiaryId(diaryId);
	}

	public EntryId entryId() {
		return new EntryId(entryId);
	}

	public String diaryTitle() {
		return diaryTitle;
	}

	public String eventTitle() {
		return eventTitle;
	}

	public Instant eventStart() {
		return eventStart;
	}

	public LocalDateTime eventLocal() {
		return eventLocal;
	}

	public ZoneId zone() {
		return ZoneId.of(zone);
	}

	public UUID teamId() {
		return teamId;
	}

	public String teamName() {
		return teamName;
	}

	public String request() {
		return request;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public BriefingStatus status() {
		return status;
	}

	public String contentHtml() {
		return contentHtml;
	}

	public UUID documentId() {
		return documentId;
	}

	public String documentName() {
		return documentName;
	}

	public String writtenBy() {
		return writtenBy;
	}

	/** Whoever last wrote or uploaded it; {@code null} before anyone did. */
	public StaffId writer() {
		return writtenById == null ? null : new StaffId(writtenById);
	}

	public StaffId commissionedById() {
		return new StaffId(commissionedById);
	}

	public String commissionedBy() {
		return commissionedBy;
	}

	public Instant commissionedAt() {
		return commissionedAt;
	}

	public String clearedBy() {
		return clearedBy;
	}

	public Instant clearedAt() {
		return clearedAt;
	}

	public String returnReason() {
		return returnReason;
	}

	public SecurityMarking marking() {
		return marking;
	}
}
