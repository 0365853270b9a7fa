/**
 * Notices to staff about their work — a case allocated to them, a reply returned to them, a
 * deadline due in two working days or passed — shown on the home page and sent by email.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "directory", "correspondence" })
package org.redbox.notifications;
