package org.redbox.diary.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.redbox.diary.DiaryId;
import org.redbox.diary.Occurrence;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.diary.internal.DiaryWindows;
import org.redbox.diary.internal.OpenDiary;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The diary pages: which diaries one may see, and a diary by week (the default), by day, or as an agenda. */
@Controller
@RequestMapping("/diary")
class DiaryController {

	static final int AGENDA_DAYS = 14;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	private final DiaryDoor door;
	private final DiaryWindows windows;
	private final Clock clock;

	DiaryController(DiaryDoor door, DiaryWindows windows, Clock clock) {
		this.door = door;
		this.windows = windows;
		this.clock = clock;
	}

	/** One column of the week, a day, or a day of the agenda. */
	public record DayColumn(LocalDate date, String label, boolean today, List<OccurrenceItem> items) {
	}

	@GetMapping
	String diaries(SignedInStaff by, Model model) {
		List<OpenDiary> visible = door.visible(by);
		if (visible.size() == 1) {
			return "redirect:/diary/" + visible.get(0).diary().id();
		}
		model.addAttribute("diaries", visible);
		return "diary/index";
	}

	/** One read-only transaction for the page: the diary is opened once for the page and its window. */
	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String diary(SignedInStaff by, @PathVariable DiaryId id, @RequestParam(defaultValue = "week") String view,
			@RequestParam(required = false) LocalDate date, @RequestParam(defaultValue = "0") int page, Model model) {
		OpenDiary open = door.toSee(by, id);
		ZoneId zone = open.diary().zone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate day = date == null ? today : date;
		String shown = switch (view) {
			case "day", "agenda" -> view;
			default -> "week";
		};
		LocalDate first = switch (shown) {
			case "day" -> day;
			case "agenda" -> day.plusDays((long) Math.max(page, 0) * AGENDA_DAYS);
			default -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		};
		int days = switch (shown) {
			case "day" -> 1;
			case "agenda" -> AGENDA_DAYS;
			default -> 7;
		};
		Instant from = first.atStartOfDay(zone).toInstant();
		Instant to = first.plusDays(days).atStartOfDay(zone).toInstant();
		var window = windows.window(by, id, from, to, !shown.equals("week"));
		model.addAttribute("open", open);
		model.addAttribute("view", shown);
		model.addAttribute("day", day);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("first", first);
		model.addAttribute("last", first.plusDays(days - 1L));
		model.addAttribute("heading", heading(shown, first, days));
		model.addAttribute("previous", shown.equals("agenda") ? day : first.minusDays(shown.equals("day") ? 1 : 7));
		model.addAttribute("next", shown.equals("agenda") ? day : first.plusDays(days));
		model.addAttribute("today", today);
		model.addAttribute("columns", columns(window.occurrences(), first, days, today, zone, "/diary/" + id,
				clashing(window.clashes())));
		model.addAttribute("warnings", window.warnings());
		model.addAttribute("empty", window.occurrences().isEmpty());
		return "diary/diary";
	}

	private static String heading(String view, LocalDate first, int days) {
		return view.equals("day") ? DAY.format(first) : DAY.format(first) + " to " + DAY.format(first.plusDays(days - 1L));
	}

	private static Set<String> clashing(List<org.redbox.diary.Clash> clashes) {
		var keys = new HashSet<String>();
		clashes.forEach(clash -> Stream.of(clash.first(), clash.second()).map(OccurrenceItem::key).forEach(keys::add));
		return keys;
	}

	/** Each day of the window with the occurrences that touch it (an entry over several days shows on each). */
	private static List<DayColumn> columns(List<Occurrence> occurrences, LocalDate first, int days, LocalDate today,
			ZoneId zone, String href, Set<String> clashing) {
		var columns = new ArrayList<DayColumn>();
		for (int i = 0; i < days; i++) {
			LocalDate date = first.plusDays(i);
			Instant dayStart = date.atStartOfDay(zone).toInstant();
			Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
			List<OccurrenceItem> items = occurrences.stream()
					.filter(o -> o.allDay() ? !o.time().start().toLocalDate().isAfter(date) && o.time().end().toLocalDate().isAfter(date)
							: o.startInstant().isBefore(dayEnd) && o.endInstant().isAfter(dayStart))
					.map(o -> OccurrenceItem.of(o, href, zone, date, clashing)).toList();
			columns.add(new DayColumn(date, DAY.format(date), date.equals(today), items));
		}
		return columns;
	}
}
