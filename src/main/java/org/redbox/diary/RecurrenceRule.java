package org.redbox.diary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * An RFC 5545 RRULE, such as {@code FREQ=WEEKLY;BYDAY=MO}, expanded by ical4j in wall-clock
 * time: the occurrences of a series keep its local start time across clock changes. Rules more
 * frequent than daily are refused (a diary has no use for them), and so are counts above
 * {@value #MOST_OCCURRENCES}.
 */
public record RecurrenceRule(String value) {

	static final int MOST_OCCURRENCES = 1000;
	private static final int MOST_RULES_KEPT = 10_000;
	private static final Map<String, Recur<?>> PARSED = new ConcurrentHashMap<>();
	private static final Set<Frequency> DIARY_FREQUENCIES = EnumSet.of(Frequency.DAILY, Frequency.WEEKLY,
			Frequency.MONTHLY, Frequency.YEARLY);

	/**
	 * @throws IllegalArgumentException when {@code text} is not a rule a diary can use, saying why
	 */
	public static RecurrenceRule parse(String text) {
		String rule = text.strip();
		if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
			rule = rule.substring(6);
		}
		if (rule.length() > 300) {
			throw new IllegalArgumentException("A repeat rule must be 300 characters or fewer");
		}
		Recur<LocalDateTime> recur;
		try {
			recur = new Recur<>(rule);
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("Enter the repeat rule as an RFC 5545 RRULE, such as FREQ=WEEKLY;BYDAY=MO");
		}
		if (recur.getFrequency() == null || !DIARY_FREQUENCIES.contains(recur.getFrequency())) {
			throw new IllegalArgumentException("A diary entry repeats at most daily");
		}
		if (recur.getCount() > MOST_OCCURRENCES) {
			throw new IllegalArgumentException("A series has at most " + MOST_OCCURRENCES + " occurrences");
		}
		return new RecurrenceRule(recur.toString());
	}

	/** The local starts of the series beginning {@code seed} that fall from {@code from} (included) to {@code to} (excluded). */
	public List<LocalDateTime> startsBetween(LocalDateTime seed, LocalDateTime from, LocalDateTime to) {
		if (!to.isAfter(from)) {
			return List.of();
		}
		Recur<LocalDateTime> recur = parsed();
		LocalDateTime near = seed.plusDays(daysToSkip(recur, seed.toLocalDate(), from.toLocalDate()));
		return recur.getDates(near, from, to).stream().filter(start -> !start.isBefore(from)).toList();
	}

	/** The days of an all-day series beginning {@code seed} from {@code from} (included) to {@code to} (excluded). */
	public List<LocalDate> daysBetween(LocalDate seed, LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return List.of();
		}
		Recur<LocalDate> recur = parsed();
		LocalDate near = seed.plusDays(daysToSkip(recur, seed, from));
		return recur.getDates(near, from, to).stream().filter(day -> !day.isBefore(from)).toList();
	}

	/**
	 * How many days the start of a daily or weekly series without a count can move forward, in whole periods,
	 * and still have the same occurrences from {@code from} on: ical4j steps period by period from the start, so
	 * a weekly series begun five years ago would otherwise cost 260 steps for every week shown. The start stays at
	 * least one whole period before {@code from}. Monthly and yearly series (few steps, and months of unequal
	 * length) and series with a count (counted from the first) start where they start.
	 */
	private static long daysToSkip(Recur<?> recur, LocalDate seed, LocalDate from) {
		int days = switch (recur.getFrequency()) {
			case DAILY -> 1;
			case WEEKLY -> 7;
			default -> 0;
		};
		if (days == 0 || recur.getCount() >= 1) {
			return 0;
		}
		long period = (long) days * Math.max(recur.getInterval(), 1);
		long periods = java.time.temporal.ChronoUnit.DAYS.between(seed, from) / period - 1;
		return periods > 0 ? periods * period : 0;
	}

	/** The rule as ical4j reads it, parsed once per rule (a {@link Recur} does not change once made). */
	@SuppressWarnings("unchecked")
	private <T extends Temporal> Recur<T> parsed() {
		if (PARSED.size() > MOST_RULES_KEPT) {
			PARSED.clear();
		}
		return (Recur<T>) PARSED.computeIfAbsent(value, Recur::new);
	}

	/** The start of the series' last occurrence, or empty when the series never ends. */
	public Optional<LocalDateTime> lastStart(LocalDateTime seed, boolean allDay) {
		Recur<Temporal> recur = new Recur<>(value);
		if (recur.getCount() < 1 && recur.getUntil() == null) {
			return Optional.empty();
		}
		LocalDateTime horizon = recur.getUntil() != null ? untilAsLocal(recur.getUntil()).plusDays(1)
				: seed.plusYears(recur.getFrequency() == Frequency.YEARLY ? MOST_OCCURRENCES : 100);
		List<LocalDateTime> starts = allDay
				? daysBetween(seed.toLocalDate(), seed.toLocalDate(), horizon.toLocalDate()).stream()
						.map(LocalDate::atStartOfDay).toList()
				: startsBetween(seed, seed, horizon);
		return starts.isEmpty() ? Optional.of(seed) : Optional.of(starts.get(starts.size() - 1));
	}

	private static LocalDateTime untilAsLocal(Temporal until) {
		if (until instanceof LocalDate date) {
			return date.atStartOfDay();
		}
		if (until instanceof LocalDateTime local) {
			return local;
		}
		return LocalDateTime.from(java.time.ZonedDateTime.from(until).withZoneSameInstant(EntryTime.LONDON));
	}

	@Override
	public String toString() {
		return value;
	}
}
