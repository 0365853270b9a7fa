/**
 * Working time: bank holidays per UK jurisdiction (from jollyday, with proclaimed one-off
 * days and corrections kept as data), working-day arithmetic forwards and backwards, and
 * the statutory clocks of each kind of case — with stops, resumptions and extensions.
 * Every deadline in Redbox is computed here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working time", allowedDependencies = { "shared", "directory" })
package org.redbox.worktime;
