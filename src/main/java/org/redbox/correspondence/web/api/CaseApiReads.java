package org.redbox.correspondence.web.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.web.api.CaseJson.CaseListJson;
import org.redbox.correspondence.web.api.CaseJson.CaseSummaryJson;
import org.redbox.correspondence.web.api.CaseJson.CorrespondentJson;
import org.redbox.correspondence.web.api.CaseJson.PriorityJson;
import org.redbox.correspondence.web.api.CaseJson.TimelineJson;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.TeamSummary;
import org.redbox.shared.OfficeId;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Cases as JSON, built inside one transaction (nothing is loaded lazily afterwards). */
@Component
class CaseApiReads {

	private final CaseQueries queries;
	private final DirectoryManagement directory;

	CaseApiReads(CaseQueries queries, DirectoryManagement directory) {
		this.queries = queries;
		this.directory = directory;
	}

	/** One case, audited as a read exactly as its page is; 404 when {@code by} may not see it. */
	@Transactional(readOnly = true)
	public CaseJson read(SignedInStaff by, UUID id) {
		return json(queries.view(by, id));
	}

	/** The case {@code by} has just logged and may see, from the case in hand (see {@link CaseQueries#logged}). */
	@Transactional(readOnly = true)
	public CaseJson logged(CaseFile c) {
		return json(queries.logged(c));
	}

	private CaseJson json(CaseQueries.CaseView view) {
		CaseFile c = view.caseFile();
		return new CaseJson(c.id().value(), c.reference(), view.office().code(), c.type().name(), c.stage().name(),
				c.subject(), c.incomingText(), c.receivedOn(), c.deadline(), view.stageDue(),
				new PriorityJson(view.priority().score(), view.priority().reasons()), c.marking().label(),
				List.copyOf(view.topics()), c.teamId() == null ? null : directory.team(c.teamId()).map(TeamSummary::name).orElse(null),
				c.officerId() == null ? null : directory.staffName(c.officerId()).orElse(null),
				view.correspondents().stream().map(p -> new CorrespondentJson(p.id().value(), p.name(), p.email())).toList(),
				view.timeline().stream().map(t -> new TimelineJson(t.occurredAt(), t.action(), t.summary(), t.actorName()))
						.toList());
	}

	/**
	 * The case just logged. An OFFICIAL-SENSITIVE case is not visible to a caseworker outside its
	 * (not yet allocated) team, even one who logged it: they get its id and reference, nothing more.
	 */
	CaseJson unseen(CaseFile c) {
		return new CaseJson(c.id().value(), c.reference(), directory.office(c.officeId()).map(OfficeSummary::code)
				.orElse(null), c.type().name(), c.stage().name(), null, null, c.receivedOn(), c.deadline(), null, null,
				c.marking().label(), List.of(), null, null, List.of(), List.of());
	}

	/** A page of cases as list lines. */
	CaseListJson list(Page<CaseFile> cases) {
		Map<OfficeId, String> codes = directory.offices().stream()
				.collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::code, (a, b) -> a));
		Function<CaseFile, CaseSummaryJson> line = c -> new CaseSummaryJson(c.id().value(), c.reference(), c.subject(),
				c.stage().name(), c.deadline(), codes.get(c.officeId()));
		return new CaseListJson(cases.getContent().stream().map(line).toList(), cases.getNumber(), cases.getSize(),
				cases.getTotalElements());
	}
}
