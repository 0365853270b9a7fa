/**
 * Contacts: the people and organisations outside the office who write to it or are written
 * about — residents, MPs and Members, councillors, organisations, the press — with their
 * addresses, language preference (English or Welsh) and consent. One record per person per
 * office, matched on email so that repeat writers are recognised; duplicates are merged,
 * never deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts", allowedDependencies = { "shared", "directory" })
package org.redbox.contacts;
