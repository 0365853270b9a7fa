package org.redbox.worktime.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendar;
import org.redbox.worktime.WorkingCalendars;

/**
 * Bank holidays from jollyday's UK data (England and Wales share one list; Scotland and
 * Northern Ireland have their own), with the office's recorded changes applied on top.
 * The all-UK calendar is the union of the three, after changes.
 */
public final class HolidaySource {

	private static final List<HolidayRegion> REGIONS = List.of(HolidayRegion.ENGLAND_AND_WALES, HolidayRegion.SCOTLAND,
			HolidayRegion.NORTHERN_IRELAND);

	private static final Map<HolidayRegion, String> SUBDIVISIONS = Map.of(HolidayRegion.ENGLAND_AND_WALES, "eng",
			HolidayRegion.SCOTLAND, "sct", HolidayRegion.NORTHERN_IRELAND, "nir");

	private static volatile Map<HolidayRegion, Map<LocalDate, String>> published;

	private HolidaySource() {
	}

	/** Calendars built from the published holidays and {@code changes}. */
	public static WorkingCalendars calendars(List<HolidayChange> changes) {
		Map<HolidayRegion, WorkingCalendar> calendars = new EnumMap<>(HolidayRegion.class);
		Map<LocalDate, Map<String, List<String>>> allUk = new TreeMap<>();
		for (HolidayRegion region : REGIONS) {
			Map<LocalDate, String> days = new HashMap<>(published().get(region));
			changes.stream().filter(c -> c.region() == region).forEach(c -> c.applyTo(days));
			calendars.put(region, new WorkingCalendar(region, days));
			days.forEach((date, name) -> allUk.computeIfAbsent(date, d -> new LinkedHashMap<>())
					.computeIfAbsent(name, n -> new ArrayList<>()).add(region.displayName()));
		}
		Map<LocalDate, String> named = new HashMap<>();
		allUk.forEach((date, names) -> named.put(date, names.entrySet().stream()
				.map(e -> e.getValue().size() == REGIONS.size() ? e.getKey()
						: e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
				.collect(Collectors.joining("; "))));
		calendars.put(HolidayRegion.ALL_UK, new WorkingCalendar(HolidayRegion.ALL_UK, named));
		return calendars::get;
	}

	/** The published holidays of each jurisdiction, 2000–2099, read once. */
	static Map<HolidayRegion, Map<LocalDate, String>> published() {
		if (published == null) {
			synchronized (HolidaySource.class) {
				if (published == null) {
					published = load();
				}
			}
		}
		return published;
	}

	private static Map<HolidayRegion, Map<LocalDate, String>> load() {
		HolidayManager uk = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
		Map<HolidayRegion, Map<LocalDate, String>> all = new EnumMap<>(HolidayRegion.class);
		SUBDIVISIONS.forEach((region, code) -> {
			Map<LocalDate, String> days = new HashMap<>();
			for (int year = WorkingCalendar.FIRST_DAY.getYear(); year <= WorkingCalendar.LAST_DAY.getYear(); year++) {
				for (Holiday h : uk.getHolidays(Year.of(year), code)) {
					days.put(h.getDate(), nameOf(h));
				}
			}
			all.put(region, Map.copyOf(days));
		});
		return all;
	}

	private static String nameOf(Holiday holiday) {
		String name = holiday.getDescription();
		return switch (name) {
			case "Christmas" -> "Christmas Day";
			case "St. Andrew's Day" -> "St Andrew's Day";
			case "Saint Patrick's Day" -> "St Patrick's Day";
			case "Battle of the Boyne" -> "Battle of the Boyne (Orangemen's Day)";
			default -> name;
		};
	}
}
