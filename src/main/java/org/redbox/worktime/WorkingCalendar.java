package org.redbox.worktime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Working days of one region: every day but Saturday, Sunday and a bank holiday. Immutable,
 * and precomputed for 2000–2099 so that each question is answered in constant time (a
 * workstack of 10,000 cases computes its deadlines in well under a millisecond).
 */
public final class WorkingCalendar {

	public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
	public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

	private static final long ORIGIN = FIRST_DAY.toEpochDay();

	private final HolidayRegion region;
	private final Map<LocalDate, String> holidays;
	/** rank[i]: working days from FIRST_DAY up to and including day i. */
	private final int[] rank;
	/** dayOfRank[r]: the day index of the r-th working day (1-based; [0] unused). */
	private final int[] dayOfRank;

	public WorkingCalendar(HolidayRegion region, Map<LocalDate, String> holidays) {
		this.region = region;
		this.holidays = Map.copyOf(holidays);
		int days = (int) (LAST_DAY.toEpochDay() - ORIGIN + 1);
		this.rank = new int[days];
		int[] byRank = new int[days + 1];
		int count = 0;
		LocalDate day = FIRST_DAY;
		for (int i = 0; i < days; i++, day = day.plusDays(1)) {
			if (isWeekday(day) && !this.holidays.containsKey(day)) {
				byRank[++count] = i;
			}
			rank[i] = count;
		}
		this.dayOfRank = java.util.Arrays.copyOf(byRank, count + 2);
		this.dayOfRank[count + 1] = Integer.MAX_VALUE;
	}

	public HolidayRegion region() {
		return region;
	}

	public boolean isWorkingDay(LocalDate date) {
		int i = index(date);
		return i == 0 ? rank[0] == 1 : rank[i] != rank[i - 1];
	}

	/** The bank holiday on {@code date}, if it is one. */
	public Optional<String> holidayOn(LocalDate date) {
		return Optional.ofNullable(holidays.get(date));
	}

	/** The {@code n}-th working day after {@code date} ({@code date} itself never counts); {@code n = 0} is {@code date}. */
	public LocalDate plusWorkingDays(LocalDate date, int n) {
		requireNotNegative(n);
		return n == 0 ? date : dateOfRank(rank[index(date)] + n);
	}

	/** The {@code n}-th working day before {@code date} ({@code date} itself never counts); {@code n = 0} is {@code date}. */
	public LocalDate minusWorkingDays(LocalDate date, int n) {
		requireNotNegative(n);
		if (n == 0) {
			return date;
		}
		int i = index(date);
		int lastBefore = rank[i] - (isWorkingDay(date) ? 1 : 0);
		return dateOfRank(lastBefore - n + 1);
	}

	/** {@code date} when it is a working day, else the next one. */
	public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
		return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
	}

	/** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return to.isAfter(from) ? rank[index(to)] - rank[index(from)] : 0;
	}

	/** The bank holidays (on weekdays or not) after {@code from} up to and including {@code to}, in date order. */
	public List<BankHoliday> holidaysBetween(LocalDate from, LocalDate to) {
		List<BankHoliday> found = new ArrayList<>();
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			String name = holidays.get(d);
			if (name != null) {
				found.add(new BankHoliday(d, name));
			}
		}
		return found;
	}

	/**
	 * The latest day a notice can be published so that {@code clearDays} working days lie
	 * between it and {@code meeting}, neither the day of publication nor the day of the
	 * meeting counting.
	 */
	public LocalDate latestNoticeForClearWorkingDays(LocalDate meeting, int clearDays) {
		return minusWorkingDays(meeting, clearDays + 1);
	}

	/** As {@link #latestNoticeForClearWorkingDays} but in calendar days (e.g. 28 clear days for a key decision). */
	public static LocalDate latestNoticeForClearCalendarDays(LocalDate meeting, int clearDays) {
		return meeting.minusDays(clearDays + 1L);
	}

	private LocalDate dateOfRank(int r) {
		if (r < 1 || r >= dayOfRank.length - 1) {
			throw new IllegalArgumentException("Working-day counts are kept for " + FIRST_DAY.getYear() + " to "
					+ LAST_DAY.getYear() + " only");
		}
		return LocalDate.ofEpochDay(ORIGIN + dayOfRank[r]);
	}

	private static int index(LocalDate date) {
		long i = date.toEpochDay() - ORIGIN;
		if (i < 0 || i >= 36525) {
			throw new IllegalArgumentException("Dates from " + FIRST_DAY + " to " + LAST_DAY + " only, not " + date);
		}
		return (int) i;
	}

	private static boolean isWeekday(LocalDate day) {
		DayOfWeek d = day.getDayOfWeek();
		return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
	}

	private static void requireNotNegative(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("A number of working days cannot be negative: " + n);
		}
	}
}
