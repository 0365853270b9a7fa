package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redbox.contacts.ContactSummary;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.DueSoonPolicy;
import org.redbox.correspondence.Priority;
import org.redbox.correspondence.PriorityPolicy;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.Workstack;
import org.redbox.correspondence.WorkstackCase;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.CsvRow;
import org.redbox.shared.ReadAuditor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases: one case (every read audited) and the workstacks. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

	static final int EXPORT_LIMIT = 10_000;

	private final CaseRecords records;
	private final Scheduling scheduling;
	private final PriorityPolicy priorities;
	private final ReadAuditor reads;
	private final CasePageReader pages;

	CaseQueries(CaseRecords records, Scheduling scheduling, PriorityPolicy priorities, ReadAuditor reads,
			CasePageReader pages) {
		this.records = records;
		this.pages = pages;
		this.scheduling = scheduling;
		this.priorities = priorities;
		this.reads = reads;
	}

	/** A case for its page; the read is audited. */
	public CaseView view(SignedInStaff by, UUID id) {
		CaseFile c = records.visible(by, id);
		reads.recordRead(by.actor(), c.officeId(), "CaseFile", c.id().toString(), "viewed case " + c.reference());
		List<ContactSummary> correspondents = records.correspondentsOf(c);
		Priority priority = priorities.now(c, correspondents, records.today(), scheduling.calendarOf(c, records.officeOf(c)));
		return new CaseView(c, correspondents, priority, records.officeOf(c), c.timeline(), c.topics(), c.related(),
				c.extensions(), c.clockStops(), c.stageDeadline());
	}

	/**
	 * The case just logged, as the API answers its creation: built from the case in hand rather
	 * than read again. Its logging is audited already, and the answer holds only what the caller
	 * sent and what Redbox worked out from it, so it is not recorded as a second, read.
	 */
	public CaseView logged(CaseFile c) {
		List<ContactSummary> correspondents = records.correspondentsOf(c);
		var office = records.officeOf(c);
		Priority priority = priorities.now(c, correspondents, records.today(), scheduling.calendarOf(c, office));
		return new CaseView(c, correspondents, priority, office, c.timeline(), c.topics(), c.related(), c.extensions(),
				c.clockStops(), c.stageDeadline());
	}

	/** The cases linked to a case, as far as {@code by} may see them (others are not mentioned). */
	public List<RelatedCase> relatedOf(SignedInStaff by, UUID id) {
		CaseFile c = records.visible(by, id);
		return records.repository().findAllById(c.related().stream().map(r -> r.value()).toList()).stream()
				.filter(r -> CaseAccessPolicy.mayView(by, r))
				.map(r -> new RelatedCase(r.id().value(), r.reference(), r.marking().isSensitive() ? r.marking().label() : r.subject(),
						r.stage().displayName()))
				.sorted(java.util.Comparator.comparing(RelatedCase::reference)).toList();
	}

	/** A linked case as the case page lists it. */
	public record RelatedCase(UUID id, String reference, String subject, String stage) {
	}

	/** The cases of a workstack {@code by} may see, sorted and paged. */
	public Page<CaseFile> workstack(SignedInStaff by, Workstack stack, Pageable page) {
		return visibleOnly(pages.read(specification(by, stack), page), page, c -> CaseAccessPolicy.mayView(by, c));
	}

	/** As {@link #workstack}, each case with only what its row shows: for the workstack page and its CSV. */
	public Page<WorkstackCase> workstackRows(SignedInStaff by, Workstack stack, Pageable page) {
		return visibleOnly(pages.readRows(specification(by, stack), page), page, c -> CaseAccessPolicy.mayView(by, c));
	}

	/** What a workstack holds: its view, its stage (or every open one) and its filters. */
	private Specification<CaseFile> specification(SignedInStaff by, Workstack stack) {
		Specification<CaseFile> spec = switch (stack.view()) {
			case MINE -> (c, q, cb) -> cb.equal(c.get("officerId"), by.id().value());
			case TEAM -> by.teams().isEmpty() ? (c, q, cb) -> cb.disjunction() : (c, q, cb) -> c.get("teamId").in(by.teams());
			case ALL -> (c, q, cb) -> c.get("officeId").in(officesOf(by));
		};
		spec = spec.and(stack.stage() == null ? (c, q, cb) -> c.get("stage").in(Stage.open())
				: (c, q, cb) -> cb.equal(c.get("stage"), stack.stage()));
		if (stack.type() != null) {
			spec = spec.and((c, q, cb) -> cb.equal(c.get("type"), stack.type()));
		}
		if (stack.officer() != null) {
			spec = spec.and((c, q, cb) -> cb.equal(c.get("officerId"), stack.officer().value()));
		}
		if (stack.topic() != null) {
			spec = spec.and((c, q, cb) -> cb.equal(c.join("topics"), stack.topic()));
		}
		if (stack.due() != null) {
			spec = spec.and(dueFilter(stack.due(), dueSoonUntil(by)));
		}
		return spec;
	}

	/**
	 * For each office {@code by} works in, the last deadline that counts as due soon today: each
	 * office counts working days on its own calendar.
	 */
	public Map<UUID, LocalDate> dueSoonUntil(SignedInStaff by) {
		LocalDate today = records.today();
		Map<UUID, LocalDate> until = new HashMap<>();
		for (UUID office : officesOf(by)) {
			records.directory().office(new OfficeId(office)).ifPresent(o -> until.put(office,
					DueSoonPolicy.dueSoonUntil(scheduling.calendarOf(o), today)));
		}
		return until;
	}

	private Specification<CaseFile> dueFilter(Workstack.Due due, Map<UUID, LocalDate> dueSoonUntil) {
		LocalDate today = records.today();
		if (due == Workstack.Due.OVERDUE) {
			return (c, q, cb) -> cb.lessThan(c.get("deadline"), today);
		}
		return (c, q, cb) -> cb.or(dueSoonUntil.entrySet().stream()
				.map(e -> cb.and(cb.equal(c.get("officeId"), e.getKey()),
						cb.between(c.<LocalDate>get("deadline"), today, e.getValue())))
				.toArray(jakarta.persistence.criteria.Predicate[]::new));
	}

	/** Writes the workstack as CSV in its order: at most {@link #EXPORT_LIMIT} rows; the export is audited. */
	public void exportCsv(SignedInStaff by, Workstack stack, org.springframework.data.domain.Sort sort, java.io.Writer out)
			throws java.io.IOException {
		var rows = workstackRows(by, stack, org.springframework.data.domain.PageRequest.of(0, EXPORT_LIMIT, sort));
		reads.recordRead(by.actor(), null, "Workstack", null, "exported " + rows.getNumberOfElements() + " cases as CSV ("
				+ stack + ")");
		out.write("reference,type,stage,received,deadline,priority,subject,marking\r\n");
		for (WorkstackCase c : rows) {
			out.write(CsvRow.of(c.reference(), c.type().displayName(), c.stage().displayName(), c.receivedOn(),
					c.deadline(), c.priorityScore(), c.marking().isSensitive() ? "" : c.subject(), c.marking().label()));
		}
	}

	/** Every open case of the offices {@code by} works in. */
	public Page<CaseFile> allOpen(SignedInStaff by, Pageable page) {
		return workstack(by, new Workstack(Workstack.View.ALL, null, null), page);
	}

	/** Today, from the injected clock (for overdue and due-soon marks). */
	public java.time.LocalDate today() {
		return records.today();
	}

	/** The offices where {@code by} may log and work cases. */
	public Set<OfficeId> workingOffices(SignedInStaff by) {
		return by.offices().stream().filter(o -> CaseAccessPolicy.mayWork(by, o)).collect(Collectors.toSet());
	}

	private Set<UUID> officesOf(SignedInStaff by) {
		Set<UUID> offices = by.offices().stream().filter(o -> CaseAccessPolicy.mayWork(by, o) || by.holds(Role.PRINCIPAL, o))
				.map(OfficeId::value).collect(Collectors.toSet());
		return offices.isEmpty() ? Set.of(new UUID(0, 0)) : offices;
	}

	/** Drops the sensitive cases {@code by} has no need to know of (counted out of the page, not revealed). */
	private static <T> Page<T> visibleOnly(Page<T> cases, Pageable page, java.util.function.Predicate<T> mayView) {
		List<T> visible = cases.getContent().stream().filter(mayView).toList();
		long hidden = cases.getNumberOfElements() - visible.size();
		return new PageImpl<>(visible, page, cases.getTotalElements() - hidden);
	}

	/** A case with what its page shows beside it. */
	public record CaseView(CaseFile caseFile, List<ContactSummary> correspondents, Priority priority,
			org.redbox.directory.OfficeSummary office, List<org.redbox.correspondence.TimelineEntry> timeline,
			Set<String> topics, Set<org.redbox.correspondence.CaseFileId> related,
			List<org.redbox.correspondence.GrantedExtension> extensions,
			List<org.redbox.correspondence.StoppedClock> clockStops, java.time.LocalDate stageDue) {
	}
}
