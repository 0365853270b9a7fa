package org.redbox.diary;

import java.time.Duration;
import java.util.function.Function;

/**
 * Two occurrences that cannot both be kept as planned: they overlap, or the second starts too
 * soon after the first to travel between their (different) places. A warning, never a block.
 *
 * @param gap the time between the first's end and the second's start (zero or less when they overlap)
 * @param travelMinutes the travel time the second needs
 */
public record Clash(Type type, Occurrence first, Occurrence second, Duration gap, int travelMinutes) {

	public enum Type {
		OVERLAP, TOO_CLOSE
	}

	/** Whether {@code entry} is one of the two. */
	public boolean involves(EntryId entry) {
		return first.entry().equals(entry) || second.entry().equals(entry);
	}

	/** The warning as a person reads it, naming each entry as {@code name} shows it to them. */
	public String describe(Function<Occurrence, String> name) {
		if (type == Type.OVERLAP) {
			return "\u201c" + name.apply(first) + "\u201d overlaps \u201c" + name.apply(second) + "\u201d";
		}
		return "Only " + gap.toMinutes() + " minutes to get from \u201c" + name.apply(first) + "\u201d to \u201c"
				+ name.apply(second) + "\u201d (travel needs " + travelMinutes + ")";
	}
}
