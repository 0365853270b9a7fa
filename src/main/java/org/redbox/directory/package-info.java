/**
 * The directory: the authority, its offices (each keeping one jurisdiction's bank holidays),
 * principals' posts held by people over time, teams, staff accounts with their roles per
 * office, and sign-in. Other modules ask it who is signed in and what they may do.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
		allowedDependencies = "shared")
package org.redbox.directory;
