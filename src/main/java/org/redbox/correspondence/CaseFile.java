package org.redbox.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.contacts.ContactId;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.StaffId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A case: one item that reached the office, from logging to a dispatched reply. It owns its
 * state machine — each transition checks the stage it starts from and records its own event,
 * which is also the case's timeline. Who may make a transition is decided by the policies.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends AbstractAggregateRoot<CaseFile> {

	@Id
	private UUID id;
	private String reference;
	@Column(name = "office_id")
	private UUID officeId;
	@Enumerated(EnumType.STRING)
	private CaseType type;
	@Embedded
	private SecurityMarking marking;
	@Enumerated(EnumType.STRING)
	private Channel channel;
	@Column(name = "received_on")
	private LocalDate receivedOn;
	private String subject;
	@Column(name = "incoming_text")
	private String incomingText;
	@ElementCollection
	@CollectionTable(name = "case_topic", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "topic")
	private Set<String> topics = new LinkedHashSet<>();
	@ElementCollection
	@CollectionTable(name = "case_correspondent", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "contact_id")
	private Set<UUID> correspondents = new LinkedHashSet<>();
	@ElementCollection
	@CollectionTable(name = "case_link", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "related_case_id")
	private Set<UUID> related = new HashSet<>();
	/** The correspondents' names and emails, for search only (the contacts module keeps the truth). */
	@Column(name = "correspondents_text")
	private String correspondentsText;
	@Column(name = "reputational_risk")
	private boolean reputationalRisk;
	@Column(name = "priority_score")
	private int priorityScore;
	@Enumerated(EnumType.STRING)
	private Stage stage;
	@Column(name = "team_id")
	private UUID teamId;
	@Column(name = "officer_id")
	private UUID officerId;
	private LocalDate deadline;
	@ElementCollection
	@CollectionTable(name = "case_stage_deadline", joinColumns = @JoinColumn(name = "case_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "stage")
	@Column(name = "due")
	private Map<Stage, LocalDate> stageDeadlines = new EnumMap<>(Stage.class);
	@Column(name = "acknowledged_on")
	private LocalDate acknowledgedOn;
	@Column(name = "escalated_from")
	private UUID escalatedFrom;
	@Column(name = "transferred_to")
	private String transferredTo;
	@Enumerated(EnumType.STRING)
	@Column(name = "no_reply_reason")
	private NoReplyReason noReplyReason;
	@Column(name = "rework_count")
	private int reworkCount;
	@Column(name = "holding_reply_sent")
	private boolean holdingReplySent;
	@Embedded
	private Reply reply = Reply.empty();
	@ElementCollection
	@CollectionTable(name = "case_extension", joinColumns = @JoinColumn(name = "case_id"))
	private List<GrantedExtension> extensions = new ArrayList<>();
	@ElementCollection
	@CollectionTable(name = "case_clock_stop", joinColumns = @JoinColumn(name = "case_id"))
	private List<StoppedClock> clockStops = new ArrayList<>();
	@OneToMany(cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	@OrderBy("occurredAt desc")
	private List<TimelineEntry> timeline = new ArrayList<>();
	@Column(name = "dispatched_at")
	private Instant dispatchedAt;
	@Column(name = "created_at")
	private Instant createdAt;
	/** Who logged it: they have read it already, so need-to-know lets them keep seeing it. */
	@Column(name = "logged_by")
	private UUID loggedBy;
	/** Read through the case; each request writes its own case_id, and a new one is persisted by its service. */
	@OneToMany
	@JoinColumn(name = "case_id", insertable = false, updatable = false)
	@OrderBy("requestedAt")
	private List<ContributionRequest> contributions = new ArrayList<>();
	/** Null until first saved, so that saving a new case persists it (and its timeline) rather than merging. */
	@Version
	private Long version;

	protected CaseFile() {
	}

	/** Logs an item as a new case at triage. */
	public static CaseFile log(NewCase item, String reference, Schedule schedule, Actor by, Instant now) {
		var c = new CaseFile();
		c.id = UUID.randomUUID();
		c.reference = reference;
		c.officeId = item.office().value();
		c.type = item.type();
		c.marking = item.marking();
		c.channel = item.channel();
		c.receivedOn = item.receivedOn();
		c.subject = item.subject().strip();
		c.incomingText = item.text();
		item.correspondents().forEach(contact -> c.correspondents.add(contact.value()));
		c.topics.addAll(item.topics());
		c.reputationalRisk = item.reputationalRisk();
		c.escalatedFrom = item.escalatedFrom() == null ? null : item.escalatedFrom().value();
		if (c.escalatedFrom != null) {
			c.related.add(c.escalatedFrom);
		}
		c.stage = Stage.TRIAGE;
		c.reschedule(schedule);
		c.createdAt = now;
		c.loggedBy = by.staffId() == null ? null : by.staffId().value();
		c.record(new CaseLogged(c.id(), c.officeId(), reference, c.type, c.channel, c.deadline, by, now));
		return c;
	}

	public void closeWithoutReply(NoReplyReason reason, String note, Actor by, Instant now) {
		requireStage(Stage.TRIAGE, "close a case without a reply");
		noReplyReason = reason;
		stage = Stage.CLOSED;
		record(new CaseClosedWithoutReply(id(), officeId(), reason, note, by, now));
	}

	/** The item belongs elsewhere: the person triaging drafts the transfer letter. */
	public void transfer(String organisation, StaffId drafter, Actor by, Instant now) {
		requireStage(Stage.TRIAGE, "transfer a case");
		transferredTo = organisation.strip();
		officerId = drafter.value();
		stage = Stage.DRAFTING;
		record(new CaseTransferred(id(), officeId(), transferredTo, by, now));
	}

	public void completeTriage(Set<String> newTopics, boolean risk, SecurityMarking newMarking, Actor by, Instant now) {
		requireStage(Stage.TRIAGE, "complete triage");
		topics.clear();
		topics.addAll(newTopics);
		reputationalRisk = risk;
		marking = newMarking;
		stage = Stage.ALLOCATION;
		record(new CaseTriaged(id(), officeId(), Set.copyOf(topics), risk, newMarking.label(), by, now));
	}

	/**
	 * Makes the case one of another type while it is at triage (a letter that turns out to be an
	 * invitation); {@code scheduler} recomputes its deadlines on the new type's clock.
	 */
	public void reclassify(CaseType newType, Function<CaseFile, Schedule> scheduler, Actor by, Instant now) {
		requireStage(Stage.TRIAGE, "change the type of");
		if (newType == null || newType == type) {
			throw new IllegalArgumentException(reference + " is already " + (type == null ? "untyped" : type.displayName()));
		}
		CaseType from = type;
		type = newType;
		reschedule(scheduler.apply(this));
		record(new CaseReclassified(id(), officeId(), from, newType, deadline, by, now));
	}

	/**
	 * Brings a case whose outcome was decided elsewhere (an invitation decided at the diary
	 * meeting) to drafting with {@code drafter} allocated, and makes {@code html} its draft:
	 * triage keeps what it has, and the reply still goes through sign-off and dispatch.
	 */
	public void draftDecidedReply(String html, StaffId drafter, String drafterName, Actor by, Instant now) {
		requireOpen("draft the reply of");
		if (stage == Stage.TRIAGE) {
			completeTriage(Set.copyOf(topics), reputationalRisk, marking, by, now);
		}
		if (stage == Stage.ALLOCATION) {
			allocate(teamId, null, drafter, drafterName, by, now);
		}
		saveDraft(html, by, now);
	}

	/** Allocates (or re-allocates) the case; a case waiting for allocation moves on to drafting. */
	public void allocate(UUID team, String teamName, StaffId officer, String officerName, Actor by, Instant now) {
		requireOpen("allocate");
		if (stage == Stage.TRIAGE) {
			throw new IllegalStateException("Complete triage before allocating " + reference);
		}
		teamId = team;
		officerId = officer.value();
		record(new CaseAllocated(id(), officeId(), teamName, officer, officerName, by, now));
		if (stage == Stage.ALLOCATION) {
			moveTo(Stage.DRAFTING, by, now);
		}
	}

	/** Saves the reply; editing a signed reply sends the case back for sign-off. */
	public void saveDraft(String html, Actor by, Instant now) {
		if (stage != Stage.DRAFTING && !stage.isApproval() && stage != Stage.DISPATCH) {
			throw new IllegalStateException("The reply of " + reference + " cannot be edited at " + stage.displayName());
		}
		boolean wasSigned = draft().revise(html, now);
		record(new DraftSaved(id(), officeId(), wasSigned, by, now));
		if (wasSigned && stage == Stage.DISPATCH) {
			stage = Stage.SIGN_OFF;
			record(new CaseMovedOn(id(), officeId(), Stage.DISPATCH, Stage.SIGN_OFF, by, now));
		}
	}

	public void submitDraft(CaseTypeRule rule, Actor by, Instant now) {
		requireStage(Stage.DRAFTING, "submit a draft");
		if (!draft().hasText()) {
			throw new IllegalStateException("Write the reply before submitting it");
		}
		moveTo(rule.after(Stage.DRAFTING), by, now);
	}

	/** QA or private office approves; sign-off has its own step. */
	public void approve(CaseTypeRule rule, Actor by, Instant now) {
		if (stage != Stage.QA && stage != Stage.PRIVATE_OFFICE) {
			throw new IllegalStateException(reference + " is at " + stage.displayName() + ", not awaiting approval");
		}
		moveTo(rule.after(stage), by, now);
	}

	public void returnForRedraft(String reason, Actor by, Instant now) {
		if (!stage.isApproval()) {
			throw new IllegalStateException("Only a case awaiting approval or sign-off can be returned, not one at "
					+ stage.displayName());
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Say why the reply is returned");
		}
		Stage from = stage;
		stage = Stage.DRAFTING;
		reworkCount++;
		draft().unsign();
		record(new CaseReturnedForRedraft(id(), officeId(), from, reason.strip(), officerId(), by, now));
	}

	public void signOff(Actor by, Instant now) {
		requireStage(Stage.SIGN_OFF, "sign off the reply");
		draft().sign(by.staffId() == null ? null : by.staffId().value(), by.name(), now);
		record(new ReplySignedOff(id(), officeId(), draft().signedHash(), by, now));
		moveTo(Stage.DISPATCH, by, now);
	}

	/** Sends the signed reply: never before sign-off, never a text other than the signed one. */
	public void dispatch(String method, Actor by, Instant now) {
		requireStage(Stage.DISPATCH, "dispatch the reply");
		if (!draft().isIntact()) {
			throw new IllegalStateException("The reply of " + reference + " is not the signed version: it must be signed off again");
		}
		dispatchedAt = now;
		stage = Stage.CLOSED;
		record(new ReplyDispatched(id(), officeId(), method, draft().signedHash(), by, now));
	}

	/** Adds an extension; {@code scheduler} recomputes the deadline from the case with it. */
	public void extend(org.redbox.worktime.Extension extension, Function<CaseFile, Schedule> scheduler, Actor by,
			Instant now) {
		requireOpen("extend");
		extensions.add(new GrantedExtension(extension.amount(), extension.reason().strip(), now, by.name()));
		LocalDate previous = deadline;
		reschedule(scheduler.apply(this));
		if (deadline.isBefore(previous)) {
			throw new IllegalStateException("An extension can never shorten a deadline");
		}
		record(new DeadlineExtended(id(), officeId(), extension.amount(), extension.reason().strip(), deadline, by, now));
	}

	public void stopClock(LocalDate on, String reason, Actor by, Instant now) {
		requireOpen("stop the clock of");
		if (isClockStopped()) {
			throw new IllegalStateException("The clock of " + reference + " is already stopped");
		}
		clockStops.add(new StoppedClock(on, null, reason.strip()));
		record(new ClockStopped(id(), officeId(), on, reason.strip(), by, now));
	}

	public void resumeClock(LocalDate on, Function<CaseFile, Schedule> scheduler, Actor by, Instant now) {
		StoppedClock open = clockStops.stream().filter(StoppedClock::isOpen).findFirst()
				.orElseThrow(() -> new IllegalStateException("The clock of " + reference + " is not stopped"));
		if (on.isBefore(open.stoppedOn())) {
			throw new IllegalArgumentException("The clock cannot resume before it stopped on " + open.stoppedOn());
		}
		clockStops.set(clockStops.indexOf(open), open.resumedOn(on));
		reschedule(scheduler.apply(this));
		record(new ClockResumed(id(), officeId(), on, deadline, by, now));
	}

	public void acknowledge(LocalDate on, Function<CaseFile, Schedule> scheduler, Actor by, Instant now) {
		requireOpen("acknowledge");
		if (on.isBefore(receivedOn)) {
			throw new IllegalArgumentException("A case cannot be acknowledged before it was received");
		}
		acknowledgedOn = on;
		reschedule(scheduler.apply(this));
		record(new CaseAcknowledged(id(), officeId(), on, deadline, by, now));
	}

	public void recordHoldingReply(String note, Actor by, Instant now) {
		requireOpen("send a holding reply for");
		holdingReplySent = true;
		record(new HoldingReplySent(id(), officeId(), note, by, now));
	}

	public void reopen(String reason, Actor by, Instant now) {
		requireStage(Stage.CLOSED, "reopen");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Say why the case is reopened");
		}
		stage = Stage.DRAFTING;
		noReplyReason = null;
		draft().unsign();
		record(new CaseReopened(id(), officeId(), reason.strip(), by, now));
	}

	/** Records more correspondence on the case, open or closed, without moving it: the officer decides what it changes. */
	public void receiveFurtherCorrespondence(Channel from, String about, Actor by, Instant now) {
		String line = about == null || about.isBlank() ? "(no subject)" : about.strip();
		record(new FurtherCorrespondenceReceived(id(), officeId(), from, line.length() > 300 ? line.substring(0, 300) : line,
				by, now));
	}

	public void addNote(String note, Actor by, Instant now) {
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("Write the note");
		}
		record(new CaseNoteAdded(id(), officeId(), note.strip(), by, now));
	}

	/**
	 * Asks another team for a contribution while the reply is drafted. The due date may not be in
	 * the past, and the reminder comes no later than the due date.
	 */
	public ContributionRequest requestContribution(UUID team, String teamName, String question, LocalDate due,
			LocalDate remindOn, LocalDate today, Actor by, Instant now) {
		requireStage(Stage.DRAFTING, "ask for a contribution to");
		if (question == null || question.isBlank()) {
			throw new IllegalArgumentException("Write what you are asking " + teamName);
		}
		if (question.length() > 4000) {
			throw new IllegalArgumentException("Keep the question under 4,000 characters");
		}
		if (due == null || due.isBefore(today)) {
			throw new IllegalArgumentException("The contribution must be due today or later");
		}
		var request = ContributionRequest.of(id, team, teamName, question.strip(), due,
				remindOn == null || remindOn.isAfter(due) ? due : remindOn, by.name(), now);
		contributions.add(request);
		record(new ContributionRequested(id(), officeId(), request.id(), team, teamName, due, by, now));
		return request;
	}

	/** Records a team's answer; the case must still be open. */
	public void answerContribution(UUID request, String answer, Actor by, Instant now) {
		requireOpen("answer a contribution to");
		if (answer == null || answer.isBlank()) {
			throw new IllegalArgumentException("Write the contribution");
		}
		ContributionRequest r = contribution(request);
		r.answer(answer.strip(), by.name(), now);
		record(new ContributionAnswered(id(), officeId(), request, r.teamName(), officerId(), by, now));
	}

	public void cancelContribution(UUID request, Actor by, Instant now) {
		ContributionRequest r = contribution(request);
		r.cancel(now);
		record(new ContributionCancelled(id(), officeId(), request, r.teamName(), by, now));
	}

	public ContributionRequest contribution(UUID request) {
		return contributions.stream().filter(r -> r.id().equals(request)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No such contribution request on " + reference));
	}

	public List<ContributionRequest> contributions() {
		return List.copyOf(contributions);
	}

	/** A correspondent's contact was merged into another: the case follows the survivor (once, if both wrote). */
	public void replaceCorrespondent(ContactId duplicate, ContactId survivor) {
		if (correspondents.remove(duplicate.value())) {
			correspondents.add(survivor.value());
		}
	}

	/** Links this case to {@code other} (the service links both ways); linking twice changes nothing. */
	public void linkTo(CaseFile other, Actor by, Instant now) {
		if (other.id.equals(id)) {
			throw new IllegalArgumentException("A case cannot be linked to itself");
		}
		if (related.add(other.id)) {
			record(new CaseLinked(id(), officeId(), other.id(), other.reference(), by, now));
		}
	}

	public void relateTo(CaseFileId other) {
		if (!other.value().equals(id)) {
			related.add(other.value());
		}
	}

	/** Sets the standing priority score (see {@link PriorityPolicy#standing}). */
	/** Keeps the searchable copy of who wrote up to date; no event, as nothing about the case changed. */
	public void describeCorrespondents(String text) {
		correspondentsText = text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
	}

	public void rescoreWith(int score) {
		priorityScore = score;
	}

	private void reschedule(Schedule schedule) {
		deadline = schedule.deadline();
		stageDeadlines.clear();
		stageDeadlines.putAll(schedule.stageDeadlines());
	}

	private void moveTo(Stage next, Actor by, Instant now) {
		Stage from = stage;
		stage = next;
		record(new CaseMovedOn(id(), officeId(), from, next, by, now));
	}

	private void record(CaseFileEvent event) {
		registerEvent(event);
		timeline.add(TimelineEntry.of(event));
	}

	private void requireStage(Stage expected, String what) {
		if (stage != expected) {
			throw new IllegalStateException("Cannot " + what + " " + reference + ": it is at " + stage.displayName()
					+ ", not " + expected.displayName());
		}
	}

	private void requireOpen(String what) {
		if (stage == Stage.CLOSED) {
			throw new IllegalStateException("Cannot " + what + " " + reference + ": it is closed");
		}
	}

	public boolean isClockStopped() {
		return clockStops.stream().anyMatch(StoppedClock::isOpen);
	}

	public boolean isOpen() {
		return stage != Stage.CLOSED;
	}

	public CaseFileId id() {
		return new CaseFileId(id);
	}

	public String reference() {
		return reference;
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public CaseType type() {
		return type;
	}

	public SecurityMarking marking() {
		return marking;
	}

	public Channel channel() {
		return channel;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public String subject() {
		return subject;
	}

	public String incomingText() {
		return incomingText;
	}

	public Set<String> topics() {
		return Set.copyOf(topics);
	}

	public List<ContactId> correspondents() {
		return correspondents.stream().map(ContactId::new).toList();
	}

	public Set<CaseFileId> related() {
		return related.stream().map(CaseFileId::new).collect(java.util.stream.Collectors.toSet());
	}

	public boolean reputationalRisk() {
		return reputationalRisk;
	}

	public int priorityScore() {
		return priorityScore;
	}

	public Stage stage() {
		return stage;
	}

	public UUID teamId() {
		return teamId;
	}

	public StaffId loggedBy() {
		return loggedBy == null ? null : new StaffId(loggedBy);
	}

	public StaffId officerId() {
		return officerId == null ? null : new StaffId(officerId);
	}

	public LocalDate deadline() {
		return deadline;
	}

	public LocalDate stageDeadline() {
		return stageDeadlines.get(stage);
	}

	public LocalDate acknowledgedOn() {
		return acknowledgedOn;
	}

	public CaseFileId escalatedFrom() {
		return escalatedFrom == null ? null : new CaseFileId(escalatedFrom);
	}

	public String transferredTo() {
		return transferredTo;
	}

	public NoReplyReason noReplyReason() {
		return noReplyReason;
	}

	public int reworkCount() {
		return reworkCount;
	}

	public boolean holdingReplySent() {
		return holdingReplySent;
	}

	public Reply reply() {
		return draft();
	}

	/** Hibernate leaves an embedded reply with no columns set as null: an empty reply, then. */
	private Reply draft() {
		if (reply == null) {
			reply = Reply.empty();
		}
		return reply;
	}

	public List<GrantedExtension> extensions() {
		return List.copyOf(extensions);
	}

	public List<StoppedClock> clockStops() {
		return List.copyOf(clockStops);
	}

	public List<TimelineEntry> timeline() {
		return List.copyOf(timeline);
	}

	public Instant dispatchedAt() {
		return dispatchedAt;
	}

	/**
	 * Takes the signed-off reply of a campaign's lead case, personalised for this case's
	 * correspondent, as this case's signed reply, ready for dispatch; the timeline names the lead
	 * and who signed it. Adopting the same text again changes nothing, so a retried campaign
	 * send does not repeat it.
	 */
	public void adoptCampaignReply(String html, String signedByName, String leadReference, Actor by, Instant now) {
		requireOpen("send the campaign reply to");
		if (stage == Stage.DISPATCH && draft().isIntact() && html.equals(draft().html())) {
			return;
		}
		draft().revise(html, now);
		draft().sign(null, signedByName, now);
		stage = Stage.DISPATCH;
		record(new CampaignReplyAdopted(id(), officeId(), leadReference, signedByName, by, now));
	}
}
