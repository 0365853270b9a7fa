package org.redbox.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An entry in a principal's diary: a single engagement, meeting, journey, hold or protected
 * time, or a series of them (an RFC 5545 rule, with single occurrences cancelled or moved).
 * Who the principal meets is personal data: OFFICIAL PERSONAL. A cancelled entry is kept.
 */
@Entity
@Table(name = "diary_entry")
public class DiaryEntry extends AbstractAggregateRoot<DiaryEntry> {

	/** The end of an open-ended series, for the window index. */
	static final Instant FOREVER = Instant.parse("9999-12-31T00:00:00Z");
	/**
	 * The longest span from first start to last end an entry may have and still be found by its start
	 * alone: a window's entries start at most this long before it, but for those flagged {@code longSpan}.
	 */
	public static final Duration SHORT_SPAN = Duration.ofDays(7);

	@Id
	private UUID id;
	@Column(name = "diary_id")
	private UUID diaryId;
	@Column(name = "office_id")
	private UUID officeId;
	@Enumerated(EnumType.STRING)
	private EntryKind kind;
	private String title;
	@Column(name = "starts_local")
	private LocalDateTime startsLocal;
	@Column(name = "ends_local")
	private LocalDateTime endsLocal;
	private String zone;
	@Column(name = "all_day")
	private boolean allDay;
	private String location;
	private String notes;
	@Column(name = "private_entry")
	private boolean privateEntry;
	@Column(name = "travel_minutes")
	private Integer travelMinutes;
	@Column(name = "recurrence_rule")
	private String recurrenceRule;
	@Column(name = "range_start")
	private Instant rangeStart;
	@Column(name = "range_end")
	private Instant rangeEnd;
	@Column(name = "long_span")
	private boolean longSpan;
	private boolean cancelled;
	// Each collection of a window's entries in one select, not one per entry (a week view read
	// about 200 selects, the feed about 8,000).
	@ElementCollection(fetch = FetchType.EAGER)
	@org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
	@CollectionTable(name = "diary_entry_attendee", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	private List<Attendee> attendees = new ArrayList<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
	@CollectionTable(name = "diary_entry_case", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "case_id")
	private Set<UUID> cases = new HashSet<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
	@CollectionTable(name = "diary_occurrence_change", joinColumns = @JoinColumn(name = "entry_id"))
	private Set<OccurrenceChange> changes = new HashSet<>();
	@Embedded
	private SecurityMarking marking;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "updated_at")
	private Instant updatedAt;
	/** Null until first saved, so that saving a new entry persists it. */
	@Version
	private Long version;

	protected DiaryEntry() {
	}

	/** A new entry in {@code diary}. */
	public static DiaryEntry add(Diary diary, EntryDetails details, Actor by, Instant now) {
		var entry = new DiaryEntry();
		entry.id = UUID.randomUUID();
		entry.diaryId = diary.id().value();
		entry.officeId = diary.officeId().value();
		entry.marking = SecurityMarking.official(SecurityMarking.Descriptor.PERSONAL);
		entry.createdAt = now;
		entry.apply(details, now);
		entry.registerEvent(new DiaryEntryAdded(entry.id(), diary.id(), entry.officeId(), entry.describe(), by, now));
		return entry;
	}

	/** Changes the entry; a series whose rule or times change loses its single-occurrence changes. */
	public void revise(EntryDetails details, Actor by, Instant now) {
		requireLive();
		String before = describe();
		if (!details.time().equals(time()) || !java.util.Objects.equals(details.recurrence(), recurrence().orElse(null))) {
			changes.clear();
		}
		apply(details, now);
		if (!before.equals(describe())) {
			registerEvent(new DiaryEntryRevised(id(), diaryId(), officeId(), before, describe(), by, now));
		}
	}

	public void cancel(Actor by, Instant now) {
		requireLive();
		cancelled = true;
		updatedAt = now;
		registerEvent(new DiaryEntryCancelled(id(), diaryId(), officeId(), describe(), by, now));
	}

	/** Cancels one occurrence of the series, named by its original local start. */
	public void cancelOccurrence(LocalDateTime originalStart, Actor by, Instant now) {
		requireOccurrence(originalStart);
		changes.removeIf(change -> change.originalStart().equals(originalStart));
		changes.add(OccurrenceChange.cancellation(originalStart));
		touch(now);
		registerEvent(new DiaryOccurrenceCancelled(id(), diaryId(), officeId(), title, originalStart, by, now));
	}

	/** Moves one occurrence of the series to {@code moved} (in the entry's zone). */
	public void moveOccurrence(LocalDateTime originalStart, EntryTime moved, Actor by, Instant now) {
		requireOccurrence(originalStart);
		if (moved.allDay() != allDay) {
			throw new IllegalArgumentException("A moved occurrence stays " + (allDay ? "all day" : "timed"));
		}
		changes.removeIf(change -> change.originalStart().equals(originalStart));
		changes.add(OccurrenceChange.move(originalStart, moved.start(), moved.end()));
		touch(now);
		registerEvent(new DiaryOccurrenceMoved(id(), diaryId(), officeId(), title, originalStart, moved.start(), by, now));
	}

	/**
	 * Puts back each cancelled or moved occurrence except those whose original start is in {@code kept}:
	 * an outside calendar (an import, a CalDAV sync) no longer changes them.
	 */
	public void restoreOccurrencesExcept(Set<LocalDateTime> kept, Instant now) {
		requireLive();
		if (changes.removeIf(change -> !kept.contains(change.originalStart()))) {
			touch(now);
		}
	}

	/** The entry's occurrences that overlap the window from {@code from} (included) to {@code to} (excluded), earliest first; none once cancelled. */
	public List<Occurrence> occurrencesBetween(Instant from, Instant to) {
		return cancelled ? List.of() : OccurrenceExpansion.of(this).between(from, to);
	}

	/**
	 * As {@link #occurrencesBetween}, with each occurrence's times, title, place and travel but without who attends,
	 * the linked cases or the notes: what a clash check needs, without reading the rest.
	 */
	public List<Occurrence> timesBetween(Instant from, Instant to) {
		return cancelled ? List.of() : OccurrenceExpansion.timesOf(this).between(from, to);
	}

	private void apply(EntryDetails details, Instant now) {
		kind = details.kind();
		title = details.title();
		startsLocal = details.time().start();
		endsLocal = details.time().end();
		zone = details.time().zone().getId();
		allDay = details.time().allDay();
		location = details.location();
		notes = details.notes();
		privateEntry = details.privateEntry();
		travelMinutes = details.travelMinutes();
		recurrenceRule = details.recurrence() == null ? null : details.recurrence().value();
		attendees.clear();
		attendees.addAll(details.attendees());
		cases.clear();
		cases.addAll(details.cases());
		touch(now);
	}

	/** Keeps the instants the entry reaches up to date, for the window query. */
	private void touch(Instant now) {
		updatedAt = now;
		EntryTime time = time();
		Instant first = time.startInstant();
		Instant last = recurrence().map(rule -> rule.lastStart(startsLocal, allDay)
				.map(start -> time.startingAt(start).endInstant()).orElse(FOREVER)).orElse(time.endInstant());
		for (OccurrenceChange change : changes) {
			if (!change.cancelled()) {
				EntryTime moved = new EntryTime(change.start(), change.end(), time.zone(), allDay);
				first = moved.startInstant().isBefore(first) ? moved.startInstant() : first;
				last = moved.endInstant().isAfter(last) ? moved.endInstant() : last;
			}
		}
		rangeStart = first;
		rangeEnd = last;
		longSpan = Duration.between(first, last).compareTo(SHORT_SPAN) > 0;
	}

	private void requireOccurrence(LocalDateTime originalStart) {
		requireLive();
		RecurrenceRule rule = recurrence().orElseThrow(() -> new IllegalStateException("Only a repeating entry has occurrences"));
		boolean exists = allDay
				? rule.daysBetween(startsLocal.toLocalDate(), originalStart.toLocalDate(), originalStart.toLocalDate().plusDays(1))
						.contains(originalStart.toLocalDate()) && originalStart.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
				: rule.startsBetween(startsLocal, originalStart, originalStart.plusMinutes(1)).contains(originalStart);
		if (!exists) {
			throw new IllegalArgumentException("The series has no occurrence starting " + originalStart);
		}
	}

	private void requireLive() {
		if (cancelled) {
			throw new IllegalStateException("This entry was cancelled and cannot change");
		}
	}

	/** Every detail the audit trail should show before and after a change. */
	String describe() {
		var parts = new ArrayList<String>();
		parts.add(kind.displayName() + ": " + title);
		parts.add(allDay ? "all day " + startsLocal.toLocalDate() + " to " + time().lastDay()
				: startsLocal + " to " + endsLocal + " " + zone);
		recurrence().ifPresent(rule -> parts.add("repeats " + rule));
		Optional.ofNullable(location).ifPresent(place -> parts.add("at " + place));
		if (!attendees.isEmpty()) {
			parts.add("with " + String.join("; ", attendees.stream().map(Attendee::describe).toList()));
		}
		if (privateEntry) {
			parts.add("private");
		}
		if (travelMinutes != null) {
			parts.add(travelMinutes + " min travel");
		}
		if (!cases.isEmpty()) {
			parts.add(cases.size() + " linked case(s)");
		}
		return String.join(", ", parts);
	}

	public EntryTime time() {
		return new EntryTime(startsLocal, endsLocal, ZoneId.of(zone), allDay);
	}

	public Optional<RecurrenceRule> recurrence() {
		return Optional.ofNullable(recurrenceRule).map(RecurrenceRule::new);
	}

	public EntryDetails details() {
		return new EntryDetails(kind, title, time(), location, attendees, notes, privateEntry, travelMinutes, cases,
				recurrence().orElse(null));
	}

	public EntryId id() {
		return new EntryId(id);
	}

	public DiaryId diaryId() {
		return new DiaryId(diaryId);
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public EntryKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String location() {
		return location;
	}

	public String notes() {
		return notes;
	}

	public List<Attendee> attendees() {
		return List.copyOf(attendees);
	}

	public Set<UUID> cases() {
		return Set.copyOf(cases);
	}

	public Set<OccurrenceChange> changes() {
		return Set.copyOf(changes);
	}

	public boolean isPrivate() {
		return privateEntry;
	}

	public Integer travelMinutes() {
		return travelMinutes;
	}

	public boolean isCancelled() {
		return cancelled;
	}

	public SecurityMarking marking() {
		return marking;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long sequence() {
		return version == null ? 0 : version;
	}
}
