package org.redbox.diary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Finds the clashes among a diary's occurrences: two timed occurrences that overlap, and two
 * at different places with less time between them than the travel time the later one needs
 * (its own, or the diary's default). All-day entries (a recess, a conference day) are left
 * out: they mark a day, not the principal's whereabouts. It only warns; nothing is refused.
 */
public final class ClashPolicy {

	/** Travel times are at most a day, so occurrences further apart than this never clash. */
	public static final Duration REACH = Duration.ofDays(1);

	private final int defaultTravelMinutes;

	public ClashPolicy(int defaultTravelMinutes) {
		this.defaultTravelMinutes = defaultTravelMinutes;
	}

	/** Every clash among {@code occurrences}, earliest first. */
	public List<Clash> clashesAmong(List<Occurrence> occurrences) {
		return clashes(occurrences, (first, second) -> true);
	}

	/**
	 * The clashes {@code entry}'s occurrences have among {@code occurrences} (which may include them), earliest
	 * first; pairs of two other entries are passed over without being looked at.
	 */
	public List<Clash> clashesOf(EntryId entry, List<Occurrence> occurrences) {
		return clashes(occurrences, (first, second) -> first.entry().equals(entry) || second.entry().equals(entry));
	}

	private List<Clash> clashes(List<Occurrence> occurrences, BiPredicate<Occurrence, Occurrence> wanted) {
		// Instants are worked out once per occurrence, not once per pair compared; places only for pairs near enough.
		List<Timed> timed = occurrences.stream().filter(o -> !o.allDay()).map(Timed::new)
				.sorted(Comparator.comparing(Timed::start)).toList();
		var clashes = new ArrayList<Clash>();
		for (int i = 0; i < timed.size(); i++) {
			for (int j = i + 1; j < timed.size(); j++) {
				Timed first = timed.get(i);
				Timed second = timed.get(j);
				Duration gap = Duration.between(first.end(), second.start());
				if (gap.compareTo(REACH) > 0) {
					break; // later ones start later still: none can clash with this one
				}
				if (wanted.test(first.occurrence(), second.occurrence())) {
					clash(first, second, gap).ifPresent(clashes::add);
				}
			}
		}
		return clashes;
	}

	private Optional<Clash> clash(Timed first, Timed second, Duration gap) {
		int travel = travelTo(second.occurrence());
		if (gap.isNegative()) {
			return Optional.of(new Clash(Clash.Type.OVERLAP, first.occurrence(), second.occurrence(), gap, travel));
		}
		if (gap.toMinutes() >= travel) {
			return Optional.empty();
		}
		String from = first.place();
		String to = second.place();
		return from != null && to != null && !from.equals(to)
				? Optional.of(new Clash(Clash.Type.TOO_CLOSE, first.occurrence(), second.occurrence(), gap, travel))
				: Optional.empty();
	}

	private int travelTo(Occurrence occurrence) {
		return occurrence.travelMinutes() == null ? defaultTravelMinutes : occurrence.travelMinutes();
	}

	/** An occurrence with its instants, and its place once a comparison needs it. */
	private static final class Timed {

		private final Occurrence occurrence;
		private final Instant start;
		private final Instant end;
		private String place;
		private boolean placed;

		Timed(Occurrence occurrence) {
			this.occurrence = occurrence;
			this.start = occurrence.startInstant();
			this.end = occurrence.endInstant();
		}

		Occurrence occurrence() {
			return occurrence;
		}

		Instant start() {
			return start;
		}

		Instant end() {
			return end;
		}

		String place() {
			if (!placed) {
				place = occurrence.place();
				placed = true;
			}
			return place;
		}
	}
}
