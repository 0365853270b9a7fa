/**
 * Working time: the UK jurisdictions whose bank holidays an office keeps, working-day
 * calendars and statutory clocks. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working time")
package org.redbox.worktime;
