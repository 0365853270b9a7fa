/**
 * Notices to staff about their work — a case allocated to them, a reply returned to them, a
 * deadline due in two working days or passed, a briefing asked of their team or falling due —
 * shown on the home page and sent by email.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "directory", "correspondence", "briefings" })
package org.redbox.notifications;
