package org.redbox.diary.internal;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.redbox.diary.Diary;
import org.redbox.diary.DiaryCalendarImported;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryId;
import org.redbox.directory.SignedInStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A diary manager imports an .ics file into a diary (a partner's event, a programme of visits):
 * each event becomes an entry (an engagement unless it says otherwise; private if the event is
 * PRIVATE or CONFIDENTIAL). The event's UID is kept, so importing the same file again updates
 * those entries rather than adding them twice. All or nothing: one transaction, and a file that
 * cannot be read, or is over the limits, changes nothing.
 */
@Service
@Transactional
public class IcsImport {

	private final DiaryDoor door;
	private final DiaryEntries entries;
	private final ImportedEvents imported;
	private final IcsEntryWriter writer;
	private final DiaryAdministration administration;
	private final IcsImportSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IcsImport(DiaryDoor door, DiaryEntries entries, ImportedEvents imported, IcsEntryWriter writer,
			DiaryAdministration administration, IcsImportSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.door = door;
		this.entries = entries;
		this.imported = imported;
		this.writer = writer;
		this.administration = administration;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What an import did.
	 *
	 * @param skipped events not imported: cancelled ones new to the diary, and moved occurrences whose series was not in the file
	 * @param warnings the clashes the imported entries have, named
	 */
	public record Outcome(int added, int updated, int unchanged, int cancelled, int skipped, List<String> warnings) implements Serializable {
	}

	/** @throws IcsProblem when the file cannot be imported, saying why; nothing is then changed */
	public Outcome importFile(SignedInStaff by, DiaryId id, String fileName, byte[] content) {
		Diary diary = door.toEdit(by, id).diary();
		if (content == null || content.length == 0) {
			throw new IcsProblem("Choose an .ics file to import");
		}
		if (content.length > settings.maxFileSize().toBytes()) {
			throw new IcsProblem("The file is larger than " + settings.maxFileSize().toKilobytes() + " KB, the most that can be imported at once");
		}
		String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
		IcsEvents.Read read = IcsEvents.read(text, diary.zone(), settings.maxEvents());
		Instant now = clock.instant();
		int added = 0, updated = 0, unchanged = 0, cancelled = 0, skipped = read.orphanOverrides();
		var touched = new LinkedHashSet<EntryId>();
		for (IcsEvent event : read.events()) {
			var key = new ImportedEvent.Key(diary.id().value(), event.uid());
			Optional<ImportedEvent> known = imported.findById(key);
			Optional<DiaryEntry> existing = known.flatMap(k -> entries.findById(k.entryId())).filter(e -> !e.isCancelled());
			DiaryEntry entry;
			if (existing.isPresent()) {
				var before = existing.get().details();
				var changesBefore = existing.get().changes();
				entry = writer.update(existing.get(), event, by.actor(), now);
				if (entry.isCancelled()) {
					cancelled++;
				}
				else if (before.equals(entry.details()) && changesBefore.equals(entry.changes())) {
					unchanged++;
				}
				else {
					updated++;
				}
			}
			else if (event.cancelled()) {
				skipped++;
				continue;
			}
			else {
				entry = writer.add(diary, event, by.actor(), now);
				added++;
			}
			known.ifPresentOrElse(k -> k.importedAgain(entry.id().value(), now),
					() -> imported.save(new ImportedEvent(key, entry.id().value(), now)));
			touched.add(entry.id());
		}
		var warnings = new ArrayList<String>();
		for (EntryId entry : touched) {
			administration.clashesOf(by, id, entry).stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
		}
		events.publishEvent(new DiaryCalendarImported(diary.id(), diary.officeId(), diary.title(), fileName == null ? "a file" : fileName,
				added, updated, by.actor(), now));
		return new Outcome(added, updated, unchanged, cancelled, skipped, warnings);
	}
}
