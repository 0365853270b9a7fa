package org.redbox.diary.caldav;

import java.time.Clock;
import java.util.Optional;

import org.redbox.diary.DiaryCalendarDisconnected;
import org.redbox.diary.DiaryId;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.diary.internal.OpenDiary;
import org.redbox.directory.SignedInStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The principal and the diary managers connect a diary to a CalDAV calendar (naming the
 * environment variable that holds the password, never the password), change or remove the
 * connection, and sync it now. Removing it leaves the entries on both sides as they are.
 */
@Service
@Transactional
public class CalendarConnections {

	private final DiaryDoor door;
	private final CaldavConnections connections;
	private final CaldavItems items;
	private final CaldavSync sync;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CalendarConnections(DiaryDoor door, CaldavConnections connections, CaldavItems items, CaldavSync sync,
			ApplicationEventPublisher events, Clock clock) {
		this.door = door;
		this.connections = connections;
		this.items = items;
		this.sync = sync;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CaldavConnection> connection(SignedInStaff by, DiaryId id) {
		toManage(by, id);
		return connections.findById(id.value());
	}

	/** Connects the diary, or changes its connection; a different calendar starts afresh (everything is sent again). */
	public void connect(SignedInStaff by, DiaryId id, CaldavDetails details) {
		OpenDiary open = toManage(by, id);
		Optional<CaldavConnection> existing = connections.findById(id.value());
		if (existing.isPresent()) {
			if (!existing.get().details().url().equals(details.url())) {
				items.deleteByDiaryId(id.value());
			}
			existing.get().change(open.diary(), details, by.actor(), clock.instant());
			connections.save(existing.get());
		}
		else {
			connections.save(CaldavConnection.connect(open.diary(), details, by.actor(), clock.instant()));
		}
	}

	/** @throws IllegalStateException when the diary is not connected */
	public void disconnect(SignedInStaff by, DiaryId id) {
		OpenDiary open = toManage(by, id);
		CaldavConnection connection = connections.findById(id.value())
				.orElseThrow(() -> new IllegalStateException("This diary is not connected to a calendar"));
		items.deleteByDiaryId(id.value());
		connections.delete(connection);
		events.publishEvent(new DiaryCalendarDisconnected(id, open.diary().officeId(), open.diary().title(), connection.details().url(),
				by.actor(), clock.instant()));
	}

	/** Syncs now, outside any transaction (each step commits on its own). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<CaldavSync.Outcome> syncNow(SignedInStaff by, DiaryId id) {
		toManage(by, id);
		return sync.sync(id);
	}

	private OpenDiary toManage(SignedInStaff by, DiaryId id) {
		OpenDiary open = door.toSee(by, id);
		if (!open.access().managesFeed()) {
			throw new AccessDeniedException("Only the principal and the diary managers manage the diary's calendar sync");
		}
		return open;
	}
}
