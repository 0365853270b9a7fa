package org.redbox.load;

import java.util.Arrays;

/**
 * What one measured phase saw: how many requests, how fast, the latency percentiles in
 * milliseconds, and how many failed. A phase with any error failed, whatever its speed.
 *
 * @param target what the issue asks of the phase, in words; empty where this run is not the one the target is judged on
 * @param rate requests offered per second, or 0 when every client sent as fast as it was answered
 * @param firstError the first unexpected answer, to say why it failed
 */
record PhaseResult(String phase, String target, int clients, double rate, long count, long errors, double seconds, double perSecond,
		double p50, double p95, double p99, double max, boolean meetsTarget, String firstError) {

	/**
	 * What an issue asks of a phase: a throughput, judged flat out (how much the clients get
	 * through), or a p95 latency, judged at a rate: flat out, p95 is only the queue that the
	 * clients themselves make, and is reported beside it for what the machine can take.
	 */
	record Target(String words, boolean judgedFlatOut, double p95AtMostMs, double perSecondAtLeast) {

		static Target p95AtMost(double ms) {
			return new Target("p95 <= %.0f ms".formatted(ms), false, ms, 0);
		}

		static Target throughputAtLeast(double perSecond) {
			return new Target(">= %.0f/s".formatted(perSecond), true, Double.MAX_VALUE, perSecond);
		}

		/** No target: measured for comparison only. */
		static Target none() {
			return new Target("", false, Double.MAX_VALUE, 0);
		}

		boolean judges(double rate) {
			return !words.isEmpty() && (judgedFlatOut ? rate == 0 : rate > 0);
		}

		boolean metBy(double p95, double perSecond) {
			return p95 <= p95AtMostMs && perSecond >= perSecondAtLeast;
		}
	}

	/** The result of a run, judged against {@code target} if this is the run it is judged on. */
	static PhaseResult of(String phase, Target target, int clients, double rate, long[] nanos, long errors, double seconds,
			String firstError) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double perSecond = sorted.length / seconds;
		double p95 = percentile(sorted, 95);
		boolean judged = target.judges(rate);
		boolean meets = judged && errors == 0 && sorted.length > 0 && target.metBy(p95, perSecond);
		return new PhaseResult(phase, judged ? target.words() : "", clients, rate, sorted.length, errors, seconds, perSecond,
				percentile(sorted, 50), p95, percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
				meets, firstError);
	}

	/** How the load was offered, for the table: "8 flat out" or "40/s". */
	String load() {
		return rate == 0 ? clients + " flat out" : String.format("%.0f/s", rate);
	}

	boolean failed() {
		return errors > 0 || count == 0;
	}

	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}
}
