/**
 * Briefings: briefing requests for the principal's engagements, commissioned from a policy team
 * with a due date counted back from the event in working days, written or uploaded by the team,
 * then cleared or returned with a reason; a cleared briefing shows on the diary entry and the day sheet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Briefings",
		allowedDependencies = { "shared", "directory", "diary", "worktime", "documents" })
package org.redbox.briefings;
