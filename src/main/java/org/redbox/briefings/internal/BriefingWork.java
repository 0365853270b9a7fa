package org.redbox.briefings.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.redbox.briefings.Briefing;
import org.redbox.briefings.BriefingAccessPolicy;
import org.redbox.briefings.BriefingDuePolicy;
import org.redbox.briefings.BriefingId;
import org.redbox.briefings.BriefingSettings;
import org.redbox.briefings.BriefingStatus;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.documents.Documents;
import org.redbox.documents.NewDocument;
import org.redbox.documents.OwnerReference;
import org.redbox.documents.StoredDocument;
import org.redbox.shared.ReadAuditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work on briefings once commissioned: the team writes or uploads and submits; the head of
 * office or the commissioner clears or returns with a reason. Every method checks access on the
 * server; someone who may not see a briefing is told it does not exist, and each read is audited.
 */
@Service
@Transactional
public class BriefingWork {

	/** What an uploaded briefing may be. */
	static final Set<String> DOCUMENT_TYPES = Set.of("pdf", "docx", "doc", "odt", "rtf", "txt");
	static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

	private final Briefings briefings;
	private final Documents documents;
	private final ReadAuditor reads;
	private final BriefingCalendar calendar;
	private final BriefingSettings settings;

	BriefingWork(Briefings briefings, Documents documents, ReadAuditor reads, BriefingCalendar calendar,
			BriefingSettings settings) {
		this.briefings = briefings;
		this.documents = documents;
		this.reads = reads;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** A briefing as one person sees it, with what they may do. */
	public record BriefingView(Briefing briefing, boolean mayWrite, boolean mayClear, BriefingDuePolicy.Urgency urgency) {
	}

	@Transactional(readOnly = true)
	public BriefingView view(SignedInStaff by, BriefingId id) {
		Briefing b = visible(by, id);
		reads.recordRead(by.actor(), b.officeId(), "Briefing", id.toString(), "viewed the briefing for " + b.event());
		return viewOf(by, b);
	}

	/** The briefings of their teams and (for diary managers, the head of office and the principal) of their offices. */
	@Transactional(readOnly = true)
	public List<BriefingView> workOf(SignedInStaff by) {
		Set<UUID> offices = new HashSet<>();
		for (Role role : List.of(Role.DIARY_MANAGER, Role.CHIEF_OF_STAFF, Role.PRINCIPAL)) {
			by.officesWhereHolding(role).forEach(office -> offices.add(office.value()));
		}
		if (offices.isEmpty() && by.teams().isEmpty()) {
			return List.of();
		}
		var found = briefings.findWorkOf(orNone(offices), orNone(by.teams()), BriefingStatus.CLEARED,
				calendar.now().minus(Duration.ofDays(30))).stream()
				.filter(b -> BriefingAccessPolicy.maySee(by, b)).map(b -> viewOf(by, b)).toList();
		reads.recordRead(by.actor(), null, "Briefing", null, "listed " + found.size() + " briefings");
		return found;
	}

	public void write(SignedInStaff by, BriefingId id, String html) {
		Briefing b = toWrite(by, id);
		String safe = BriefingSanitiser.sanitise(html);
		if (org.jsoup.Jsoup.parse(safe).text().isBlank()) {
			throw new IllegalArgumentException("Write the briefing before saving it");
		}
		b.write(safe, by.actor(), calendar.now());
		briefings.save(b);
	}

	public void upload(SignedInStaff by, BriefingId id, String filename, String contentType, byte[] content) {
		Briefing b = toWrite(by, id);
		String name = filename == null ? "" : filename.strip();
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (content == null || content.length == 0) {
			throw new IllegalArgumentException("Choose the briefing file to upload");
		}
		if (!DOCUMENT_TYPES.contains(extension)) {
			throw new IllegalArgumentException("Upload the briefing as PDF, Word, OpenDocument, RTF or text");
		}
		if (content.length > MAX_DOCUMENT_BYTES) {
			throw new IllegalArgumentException("The file is larger than 20 MB");
		}
		StoredDocument stored = documents.store(new NewDocument(b.officeId(), b.marking(), owner(b), name,
				contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType, content), by.actor());
		b.attach(stored.id().value(), name, by.actor(), calendar.now());
		briefings.save(b);
	}

	public void submit(SignedInStaff by, BriefingId id) {
		Briefing b = toWrite(by, id);
		b.submit(by.actor(), calendar.now());
		briefings.save(b);
	}

	public void clear(SignedInStaff by, BriefingId id) {
		Briefing b = toClear(by, id);
		b.clear(by.actor(), calendar.now());
		briefings.save(b);
	}

	public void returnToTeam(SignedInStaff by, BriefingId id, String reason) {
		Briefing b = toClear(by, id);
		b.returnToTeam(reason, by.actor(), calendar.now());
		briefings.save(b);
	}

	/** The uploaded briefing, for someone who may see it; the read is audited. */
	@Transactional(readOnly = true)
	public Download document(SignedInStaff by, BriefingId id) {
		Briefing b = visible(by, id);
		StoredDocument document = documents.of(owner(b)).stream().filter(d -> d.id().value().equals(b.documentId()))
				.findFirst().orElseThrow(BriefingNotFound::new);
		reads.recordRead(by.actor(), b.officeId(), "Briefing", id.toString(), "downloaded the briefing for " + b.event());
		return new Download(document.filename(), document.contentType(), documents.content(document));
	}

	/** A stored file to send back. */
	public record Download(String filename, String contentType, byte[] content) {
	}

	private BriefingView viewOf(SignedInStaff by, Briefing b) {
		LocalDate today = calendar.today();
		return new BriefingView(b, BriefingAccessPolicy.mayWrite(by, b), BriefingAccessPolicy.mayClear(by, b),
				settings.duePolicy().urgencyOf(b, calendar.of(b.officeId()), today));
	}

	private Briefing visible(SignedInStaff by, BriefingId id) {
		return briefings.findById(id.value()).filter(b -> BriefingAccessPolicy.maySee(by, b))
				.orElseThrow(BriefingNotFound::new);
	}

	private Briefing toWrite(SignedInStaff by, BriefingId id) {
		Briefing b = visible(by, id);
		if (!BriefingAccessPolicy.mayWrite(by, b)) {
			throw new AccessDeniedException("Only the " + b.teamName() + " team writes this briefing");
		}
		return b;
	}

	private Briefing toClear(SignedInStaff by, BriefingId id) {
		Briefing b = visible(by, id);
		if (!BriefingAccessPolicy.mayClear(by, b)) {
			throw new AccessDeniedException("Only the head of office or whoever commissioned it clears a briefing");
		}
		return b;
	}

	private static OwnerReference owner(Briefing b) {
		return new OwnerReference("Briefing", b.id().toString());
	}

	private static Set<UUID> orNone(Set<UUID> ids) {
		return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
	}
}
