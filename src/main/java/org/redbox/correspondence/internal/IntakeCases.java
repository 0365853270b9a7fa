package org.redbox.correspondence.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseFileId;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.Schedule;
import org.redbox.directory.OfficeSummary;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs and threads what the intake channels bring in; see {@link IncomingCorrespondence}. */
@Service
@Transactional
class IntakeCases implements IncomingCorrespondence {

	private final CaseRecords records;
	private final CaseReferences references;
	private final Scheduling scheduling;
	private final CaseDocuments documents;
	private final ReplyDispatches dispatches;

	IntakeCases(CaseRecords records, CaseReferences references, Scheduling scheduling, CaseDocuments documents,
			ReplyDispatches dispatches) {
		this.records = records;
		this.references = references;
		this.scheduling = scheduling;
		this.documents = documents;
		this.dispatches = dispatches;
	}

	@Override
	public LoggedCase log(Actor by, NewCase item, List<Attachment> attachments) {
		OfficeSummary office = records.directory().office(item.office()).orElseThrow(CaseNotFound::new);
		Schedule schedule = scheduling.forNewCase(item, office);
		String reference = references.next(office.code(), item.receivedOn().getYear());
		CaseFile c = records.save(CaseFile.log(item, reference, schedule, by, records.now()));
		keep(c, attachments, by);
		return view(c);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LoggedCase> findByReference(OfficeId office, String reference) {
		if (reference == null || reference.isBlank()) {
			return Optional.empty();
		}
		return records.repository().findByReference(reference.strip().toUpperCase(Locale.ROOT))
				.filter(c -> c.officeId().equals(office)).map(IntakeCases::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LoggedCase> findBySentMessageId(String messageId) {
		if (messageId == null || messageId.isBlank()) {
			return Optional.empty();
		}
		String id = messageId.strip();
		String bracketed = id.startsWith("<") ? id : "<" + id + ">";
		return dispatches.findByMessageId(bracketed).flatMap(d -> records.repository().findById(d.caseId()))
				.map(IntakeCases::view);
	}

	@Override
	public void addToCase(CaseFileId id, Actor by, Channel channel, String subject, String text,
			List<Attachment> attachments) {
		CaseFile c = records.repository().findById(id.value()).orElseThrow(CaseNotFound::new);
		c.receiveFurtherCorrespondence(channel, subject, by, records.now());
		records.save(c);
		if (text != null && !text.isBlank()) {
			documents.keep(c, "correspondence-" + records.now().toEpochMilli() + ".txt", "text/plain; charset=UTF-8",
					text.getBytes(StandardCharsets.UTF_8), by);
		}
		keep(c, attachments, by);
	}

	private void keep(CaseFile c, List<Attachment> attachments, Actor by) {
		if (attachments != null) {
			attachments.forEach(a -> documents.keep(c, a.filename(), a.contentType(), a.content(), by));
		}
	}

	private static LoggedCase view(CaseFile c) {
		return new LoggedCase(c.id(), c.reference(), c.officeId(), c.stage(), c.deadline());
	}
}
