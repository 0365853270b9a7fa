/**
 * The shared kernel: the few value types every module speaks in — the ids of offices and
 * staff, the {@link org.redbox.shared.Actor} who did something, security markings and the
 * contract of an event the audit trail records. Nothing here has behaviour of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		displayName = "Shared kernel")
package org.redbox.shared;
