/**
 * The audit trail: an append-only record of every change (fed by the modules' events through
 * the event publication registry, so no committed change loses its entry), every sign-in
 * attempt, and every read of personal data. Auditors search it and export it as CSV.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "directory" })
package org.redbox.audit;
