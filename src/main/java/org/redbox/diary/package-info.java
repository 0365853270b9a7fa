/**
 * Diary: each principal's diary (one per principal's post) with its engagements, meetings,
 * travel, holds and protected time — recurring or not, kept in wall-clock time with a zone —
 * the week, day and agenda views, who may see what (private entries show as busy), clash
 * warnings, and the secret iCalendar feed that puts the diary in any calendar app. Invitations
 * (cases of type INVITATION) get their event details, score, decision and engagement here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diary", allowedDependencies = { "shared", "directory", "contacts",
		"documents", "correspondence", "worktime" })
package org.redbox.diary;
