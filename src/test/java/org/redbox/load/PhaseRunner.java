package org.redbox.load;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one phase: every client in its own thread repeats the same kind of request as fast as
 * the server answers, first for a warm-up that is not counted, then for the measured time.
 * Anything but a 2xx answer is an error.
 */
final class PhaseRunner {

	/** One request of a phase, made by {@code client}. */
	@FunctionalInterface
	interface Step {
		HttpResponse<String> call(RedboxClient client, SplittableRandom random) throws Exception;
	}

	private final Duration warmUp;
	private final Duration measured;
	private final long seed;

	PhaseRunner(Duration warmUp, Duration measured, long seed) {
		this.warmUp = warmUp;
		this.measured = measured;
		this.seed = seed;
	}

	PhaseResult run(String phase, List<RedboxClient> clients, Step step) throws InterruptedException {
		loop(clients, step, warmUp, null, new AtomicLong(), new AtomicReference<>());
		var latencies = new LatencyLog(clients.size());
		var errors = new AtomicLong();
		var firstError = new AtomicReference<String>();
		long started = System.nanoTime();
		loop(clients, step, measured, latencies, errors, firstError);
		double seconds = (System.nanoTime() - started) / 1e9;
		return PhaseResult.of(phase, clients.size(), latencies.all(), errors.get(), seconds, firstError.get());
	}

	private void loop(List<RedboxClient> clients, Step step, Duration length, LatencyLog log, AtomicLong errors,
			AtomicReference<String> firstError) throws InterruptedException {
		long end = System.nanoTime() + length.toNanos();
		Thread[] threads = new Thread[clients.size()];
		for (int i = 0; i < threads.length; i++) {
			int client = i;
			var random = new SplittableRandom(seed + client);
			threads[i] = new Thread(() -> {
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					String problem;
					try {
						var answer = step.call(clients.get(client), random);
						problem = answer.statusCode() / 100 == 2 ? null
								: "HTTP " + answer.statusCode() + " " + answer.request().uri() + " " + abbreviate(answer.body());
					}
					catch (Exception e) {
						problem = e.toString();
					}
					long took = System.nanoTime() - start;
					if (problem != null) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, problem);
					}
					else if (log != null) {
						log.add(client, took);
					}
				}
			}, "load-client-" + i);
			threads[i].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private static String abbreviate(String body) {
		String flat = body == null ? "" : body.replaceAll("\\s+", " ");
		return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
	}

	/** Latencies in nanoseconds, one growing array per client so that clients never contend. */
	private static final class LatencyLog {

		private final long[][] byClient;
		private final int[] sizes;

		LatencyLog(int clients) {
			byClient = new long[clients][1024];
			sizes = new int[clients];
		}

		void add(int client, long nanos) {
			if (sizes[client] == byClient[client].length) {
				byClient[client] = java.util.Arrays.copyOf(byClient[client], sizes[client] * 2);
			}
			byClient[client][sizes[client]++] = nanos;
		}

		long[] all() {
			return java.util.stream.IntStream.range(0, sizes.length)
					.mapToObj(c -> java.util.Arrays.copyOf(byClient[c], sizes[c])).flatMapToLong(java.util.Arrays::stream)
					.toArray();
		}
	}
}
