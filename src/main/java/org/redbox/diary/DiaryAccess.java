package org.redbox.diary;

/**
 * What one person may do with one diary, decided by {@link DiaryAccessPolicy}.
 *
 * @param sees whether they may know the diary exists at all (office staff); others get 404
 * @param seesPrivate whether private entries show in full; otherwise they show as "Busy"
 * @param edits whether they add, change and cancel entries
 * @param managesFeed whether they issue, renew and revoke the diary's calendar feed
 */
public record DiaryAccess(boolean sees, boolean seesPrivate, boolean edits, boolean managesFeed) {

	public static final DiaryAccess NONE = new DiaryAccess(false, false, false, false);

	/** The occurrence as this person may see it. */
	public Occurrence show(Occurrence occurrence) {
		return occurrence.privateEntry() && !seesPrivate ? occurrence.asBusy() : occurrence;
	}
}
