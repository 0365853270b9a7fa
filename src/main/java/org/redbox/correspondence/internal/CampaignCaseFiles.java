package org.redbox.correspondence.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redbox.contacts.ContactId;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactSummary;
import org.redbox.correspondence.CampaignCases;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseFileId;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases as campaign grouping and the campaign pages need them; see {@link CampaignCases}. */
@Service
@Transactional(readOnly = true)
class CampaignCaseFiles implements CampaignCases {

	private final CaseFiles cases;
	private final ContactManagement contacts;
	private final CampaignReplies replies;
	private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

	CampaignCaseFiles(CaseFiles cases, ContactManagement contacts, CampaignReplies replies,
			org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc) {
		this.cases = cases;
		this.contacts = contacts;
		this.replies = replies;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public MemberDispatch sendLeadReply(SignedInStaff by, CaseFileId lead, CaseFileId member) {
		return replies.send(by, lead, member);
	}

	@Override
	public List<IncomingItem> incoming(Collection<CaseFileId> ids) {
		// Columns, not entities: grouping runs a batch in one transaction, and every managed case
		// would be dirty-checked again before each of the batch's queries.
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.query("select id, office_id, reference, incoming_text from case_file where id in (:ids)",
				java.util.Map.of("ids", ids.stream().map(CaseFileId::value).toList()),
				(rs, row) -> new IncomingItem(new CaseFileId(rs.getObject(1, UUID.class)),
						new OfficeId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4)));
	}

	@Override
	public List<MemberCase> members(SignedInStaff viewer, Collection<CaseFileId> ids) {
		Map<UUID, CaseFile> found = cases.findAllById(ids.stream().map(CaseFileId::value).toList()).stream()
				.collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
		List<ContactId> writers = found.values().stream().filter(c -> CaseAccessPolicy.mayView(viewer, c))
				.flatMap(c -> c.correspondents().stream().limit(1)).distinct().toList();
		Map<ContactId, String> names = contacts.contacts(writers).stream()
				.collect(Collectors.toMap(ContactSummary::id, ContactSummary::name, (a, b) -> a));
		return ids.stream().map(id -> found.get(id.value())).filter(java.util.Objects::nonNull)
				.map(c -> CaseAccessPolicy.mayView(viewer, c)
						? new MemberCase(c.id(), c.reference(), true, c.subject(),
								c.correspondents().stream().findFirst().map(names::get).orElse(null), c.stage(),
								c.receivedOn(), c.marking().isSensitive())
						: new MemberCase(c.id(), c.reference(), false, null, null, null, null, true))
				.toList();
	}
}
