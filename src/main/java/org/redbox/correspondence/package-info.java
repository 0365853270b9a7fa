/**
 * Correspondence and casework: every item that reaches the office becomes a case of a type,
 * moves through triage, allocation, drafting, QA, private-office approval, sign-off and
 * dispatch, on a deadline from the statutory clock, with every step on its timeline. Replies
 * start from letter templates and standard lines, and leave as PDF letters, by email or post.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence",
		allowedDependencies = { "shared", "directory", "worktime", "contacts", "documents" })
package org.redbox.correspondence;
