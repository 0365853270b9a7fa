package org.redbox.worktime;

import java.time.LocalDate;

/** A day that is not a working day in some region, with its name ("Boxing Day (substitute day)"). */
public record BankHoliday(LocalDate date, String name) {
}
