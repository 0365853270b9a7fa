package org.redbox.diary;

import java.util.EnumSet;
import java.util.Set;

import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/**
 * Who may see and change a principal's diary. The office's diary managers run it; the
 * principal and the head of office see everything; the office's other staff see when the
 * principal is busy but not a private entry's title, place, attendees or notes; nobody else
 * learns the diary exists. The principal is the post holder's own staff account when the post
 * names one, and otherwise whoever holds the PRINCIPAL role in the office.
 */
public final class DiaryAccessPolicy {

	/** The roles that make someone one of the office's staff, as far as the diary is concerned. */
	static final Set<Role> OFFICE_STAFF = EnumSet.of(Role.PRINCIPAL, Role.CHIEF_OF_STAFF, Role.CORRESPONDENCE_MANAGER,
			Role.CASEWORKER, Role.DIARY_MANAGER, Role.POLICY_OFFICER, Role.OFFICE_MANAGER);

	private DiaryAccessPolicy() {
	}

	/**
	 * @param holder the staff account of the post's holder today, or {@code null} when the post names none
	 */
	public static DiaryAccess of(SignedInStaff by, OfficeId office, StaffId holder) {
		boolean staff = OFFICE_STAFF.stream().anyMatch(role -> by.holds(role, office));
		if (!staff) {
			return DiaryAccess.NONE;
		}
		boolean principal = holder != null ? holder.equals(by.id()) : by.holds(Role.PRINCIPAL, office);
		boolean manager = by.holds(Role.DIARY_MANAGER, office);
		boolean seesAll = principal || manager || by.holds(Role.CHIEF_OF_STAFF, office);
		return new DiaryAccess(true, seesAll, manager, manager || principal);
	}

	/** Whether {@code by} is staff of some office and so may have diaries to see. */
	public static boolean mayHaveDiaries(SignedInStaff by) {
		return by.grants().stream().anyMatch(grant -> OFFICE_STAFF.contains(grant.role()));
	}
}
