package org.redbox.notifications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.redbox.notifications.internal.NoticeRepository;
import org.redbox.shared.StaffId;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member of staff's notices: the latest, how many are unread, and marking them read. Only ever one's own. */
@Service
@Transactional
public class Notices {

	private final NoticeRepository notices;
	private final Clock clock;

	Notices(NoticeRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<NoticeView> latestFor(StaffId staff, int count) {
		return notices.latestFor(staff.value(), PageRequest.of(0, count)).stream().map(Notice::view).toList();
	}

	@Transactional(readOnly = true)
	public long unreadCount(StaffId staff) {
		return notices.countUnread(staff.value());
	}

	/** Marks one notice read and returns where it leads; another person's notice is "not found". */
	public String open(StaffId staff, UUID notice) {
		Notice n = notices.findById(notice).filter(x -> x.recipient().equals(staff))
				.orElseThrow(() -> new java.util.NoSuchElementException("No such notice"));
		n.markRead(clock.instant());
		return n.link();
	}

	public int markAllRead(StaffId staff) {
		return notices.markAllRead(staff.value(), clock.instant());
	}
}
