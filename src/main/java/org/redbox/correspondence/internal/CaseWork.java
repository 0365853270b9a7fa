package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseTypeRule;
import org.redbox.correspondence.CaseTypeRules;
import org.redbox.correspondence.NoReplyReason;
import org.redbox.correspondence.Schedule;
import org.redbox.correspondence.StageMovePolicy;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.SecurityMarking;
import org.redbox.worktime.Extension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases on. Each command loads the case the person may see, checks they may act at its
 * stage, and lets the case decide; the case records its own events and timeline.
 */
@Service
@Transactional
public class CaseWork {

	private final CaseRecords records;
	private final CaseTypeRules rules;
	private final Scheduling scheduling;

	CaseWork(CaseRecords records, CaseTypeRules rules, Scheduling scheduling) {
		this.records = records;
		this.rules = rules;
		this.scheduling = scheduling;
	}

	public void completeTriage(SignedInStaff by, UUID id, Set<String> topics, boolean risk, SecurityMarking marking) {
		act(by, id, c -> c.completeTriage(topics, risk, marking, by.actor(), records.now()));
	}

	/** At triage, makes the case one of another type, on that type's clock. */
	public void reclassify(SignedInStaff by, UUID id, org.redbox.correspondence.CaseType type) {
		act(by, id, c -> c.reclassify(type, scheduler(c), by.actor(), records.now()));
	}

	public void closeWithoutReply(SignedInStaff by, UUID id, NoReplyReason reason, String note) {
		act(by, id, c -> c.closeWithoutReply(reason, note, by.actor(), records.now()));
	}

	public void transfer(SignedInStaff by, UUID id, String organisation) {
		act(by, id, c -> c.transfer(organisation, by.id(), by.actor(), records.now()));
	}

	public void saveDraft(SignedInStaff by, UUID id, String html) {
		CaseFile c = records.visible(by, id);
		boolean drafter = CaseAccessPolicy.isAllocatedTo(by, c)
				|| CaseAccessPolicy.isManager(by, c.officeId());
		if (!drafter && !StageMovePolicy.mayAct(by, c, rule(c))) {
			throw new AccessDeniedException("Only the allocated officer or a manager edits the reply");
		}
		c.saveDraft(ReplySanitiser.sanitise(html), by.actor(), records.now());
		records.save(c);
	}

	public void submitDraft(SignedInStaff by, UUID id) {
		act(by, id, c -> c.submitDraft(rule(c), by.actor(), records.now()));
	}

	public void approve(SignedInStaff by, UUID id) {
		act(by, id, c -> c.approve(rule(c), by.actor(), records.now()));
	}

	public void returnForRedraft(SignedInStaff by, UUID id, String reason) {
		act(by, id, c -> c.returnForRedraft(reason, by.actor(), records.now()));
	}

	public void signOff(SignedInStaff by, UUID id) {
		act(by, id, c -> c.signOff(by.actor(), records.now()));
	}

	/** Records that the signed reply was posted (or handed over); email dispatch sends it itself. */
	public void dispatch(SignedInStaff by, UUID id, String method) {
		act(by, id, c -> c.dispatch(method, by.actor(), records.now()));
	}

	public void reopen(SignedInStaff by, UUID id, String reason) {
		act(by, id, c -> c.reopen(reason, by.actor(), records.now()));
	}

	/** Extending, stopping the clock and holding replies are for the allocated officer or a manager, at any open stage. */
	public void extend(SignedInStaff by, UUID id, Extension extension) {
		caseworker(by, id, c -> c.extend(extension, scheduler(c), by.actor(), records.now()));
	}

	public void stopClock(SignedInStaff by, UUID id, LocalDate on, String reason) {
		caseworker(by, id, c -> c.stopClock(on, reason, by.actor(), records.now()));
	}

	public void resumeClock(SignedInStaff by, UUID id, LocalDate on) {
		caseworker(by, id, c -> c.resumeClock(on, scheduler(c), by.actor(), records.now()));
	}

	public void acknowledge(SignedInStaff by, UUID id, LocalDate on) {
		caseworker(by, id, c -> c.acknowledge(on, scheduler(c), by.actor(), records.now()));
	}

	public void recordHoldingReply(SignedInStaff by, UUID id, String note) {
		caseworker(by, id, c -> c.recordHoldingReply(note, by.actor(), records.now()));
	}

	/** Anyone who works the office's cases, and the principal, may add a note to a case they see; the auditor only reads. */
	public void addNote(SignedInStaff by, UUID id, String note) {
		CaseFile c = records.visible(by, id);
		if (!CaseAccessPolicy.mayWork(by, c.officeId()) && !by.holds(org.redbox.directory.Role.PRINCIPAL, c.officeId())) {
			throw new AccessDeniedException("Only the office's staff add notes to its cases");
		}
		c.addNote(note, by.actor(), records.now());
		records.save(c);
	}

	/**
	 * Links two cases both ways, by the other's reference. Anyone who works the office's cases may
	 * link cases they can see; a reference they cannot see is "no such case".
	 */
	public CaseFile link(SignedInStaff by, UUID id, String otherReference) {
		CaseFile c = records.visible(by, id);
		if (!CaseAccessPolicy.mayWork(by, c.officeId())) {
			throw new AccessDeniedException("Only the office's staff link its cases");
		}
		String wanted = otherReference == null ? "" : otherReference.strip().toUpperCase(java.util.Locale.ROOT);
		CaseFile other = records.repository().findByReference(wanted).filter(o -> CaseAccessPolicy.mayView(by, o))
				.orElseThrow(() -> new IllegalArgumentException("No case with the reference " + wanted + " that you can see"));
		c.linkTo(other, by.actor(), records.now());
		other.linkTo(c, by.actor(), records.now());
		records.save(c);
		records.save(other);
		return other;
	}

	private void act(SignedInStaff by, UUID id, Consumer<CaseFile> transition) {
		CaseFile c = records.visible(by, id);
		if (!StageMovePolicy.mayAct(by, c, rule(c))) {
			throw new AccessDeniedException("You may not act on " + c.reference() + " at " + c.stage().displayName());
		}
		transition.accept(c);
		records.save(c);
	}

	private void caseworker(SignedInStaff by, UUID id, Consumer<CaseFile> change) {
		CaseFile c = records.visible(by, id);
		if (!CaseAccessPolicy.isAllocatedTo(by, c)
				&& !CaseAccessPolicy.isManager(by, c.officeId())) {
			throw new AccessDeniedException("Only the allocated officer or a manager may do this");
		}
		change.accept(c);
		records.save(c);
	}

	private Function<CaseFile, Schedule> scheduler(CaseFile c) {
		var office = records.officeOf(c);
		return updated -> scheduling.forCase(updated, office);
	}

	private CaseTypeRule rule(CaseFile c) {
		return rules.ruleFor(c.type());
	}
}
