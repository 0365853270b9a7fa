/**
 * The web shell: one layout (GOV.UK Frontend and MOJ Frontend), the header with the
 * signed-in person and their office, navigation by role, the sign-in and home pages, and
 * error pages that reveal no internals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell", allowedDependencies = { "shared", "directory", "correspondence", "notifications" })
package org.redbox.web;
