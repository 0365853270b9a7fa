package org.redbox.load;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one phase, first for a warm-up that is not counted, then for the measured time, in one of
 * two ways. Flat out ({@link #flatOut}): every client in its own thread repeats the request as fast
 * as the server answers, which measures throughput; its latency is then only how long the
 * requests queue behind each other. At a rate ({@link #runAtRate}): requests arrive on a fixed
 * schedule whatever the server does, each taken by the next free client, and a request's time
 * counts from when it was due, not from when a client was free to send it, so a server that
 * falls behind is charged for the queue it causes. Anything but a 2xx answer is an error, or a
 * redirect elsewhere than the sign-in page (a form saved, as a browser posts it, answers with one;
 * a step that expects a particular redirect checks it and throws otherwise).
 */
final class PhaseRunner {

	/** One request of a phase, made by {@code client}. */
	@FunctionalInterface
	interface Step {
		HttpResponse<String> call(RedboxClient client, SplittableRandom random) throws Exception;
	}

	/**
	 * What a client does after a step's answer, untimed but before it takes the next request, as
	 * a browser loads the page a saved form redirects to (which also takes the save's flash
	 * message out of the session, where it would otherwise pile up).
	 */
	@FunctionalInterface
	interface FollowUp {

		FollowUp NOTHING = (client, answer) -> {
		};

		void after(RedboxClient client, HttpResponse<String> answer) throws Exception;
	}

	private final Duration warmUp;
	private final Duration measured;
	private final long seed;

	PhaseRunner(Duration warmUp, Duration measured, long seed) {
		this.warmUp = warmUp;
		this.measured = measured;
		this.seed = seed;
	}

	void warmUp(List<RedboxClient> clients, Step step) throws InterruptedException {
		warmUp(clients, step, FollowUp.NOTHING);
	}

	void warmUp(List<RedboxClient> clients, Step step, FollowUp then) throws InterruptedException {
		loop(clients, step, then, warmUp, null, new AtomicLong(), new AtomicReference<>());
	}

	/** Measures with every client sending as fast as it is answered (no warm-up). */
	PhaseResult flatOut(String phase, PhaseResult.Target target, List<RedboxClient> clients, Step step)
			throws InterruptedException {
		return flatOut(phase, target, clients, step, FollowUp.NOTHING);
	}

	/** As {@link #flatOut(String, PhaseResult.Target, List, Step)}, each answer followed up (untimed) by {@code then}. */
	PhaseResult flatOut(String phase, PhaseResult.Target target, List<RedboxClient> clients, Step step, FollowUp then)
			throws InterruptedException {
		var latencies = new LatencyLog(clients.size());
		var errors = new AtomicLong();
		var firstError = new AtomicReference<String>();
		long started = System.nanoTime();
		loop(clients, step, then, measured, latencies, errors, firstError);
		double seconds = (System.nanoTime() - started) / 1e9;
		return PhaseResult.of(phase, target, clients.size(), 0, latencies.all(), errors.get(), seconds, firstError.get());
	}

	/**
	 * Measures with requests arriving {@code rate} times a second (no warm-up), each sent by the
	 * next free client; at most as many at once as there are clients.
	 */
	PhaseResult runAtRate(String phase, PhaseResult.Target target, List<RedboxClient> clients, Step step, double rate)
			throws InterruptedException {
		return runAtRate(phase, target, clients, step, rate, FollowUp.NOTHING);
	}

	/** As {@link #runAtRate(String, PhaseResult.Target, List, Step, double)}, each answer followed up (untimed) by {@code then}. */
	PhaseResult runAtRate(String phase, PhaseResult.Target target, List<RedboxClient> clients, Step step, double rate,
			FollowUp then) throws InterruptedException {
		var free = new java.util.concurrent.LinkedBlockingQueue<Integer>();
		SplittableRandom[] randoms = new SplittableRandom[clients.size()];
		for (int i = 0; i < clients.size(); i++) {
			free.add(i);
			randoms[i] = new SplittableRandom(seed + 1000 + i);
		}
		var latencies = new LatencyLog(clients.size());
		var errors = new AtomicLong();
		var firstError = new AtomicReference<String>();
		var senders = java.util.concurrent.Executors.newFixedThreadPool(clients.size());
		long interval = (long) (1e9 / rate);
		long started = System.nanoTime();
		long end = started + measured.toNanos();
		for (long due = started; due < end; due += interval) {
			long wait = due - System.nanoTime();
			if (wait > 0) {
				java.util.concurrent.locks.LockSupport.parkNanos(wait);
			}
			long scheduled = due;
			senders.execute(() -> {
				int client;
				try {
					client = free.take();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
				try {
					var outcome = send(clients.get(client), randoms[client], step);
					long took = System.nanoTime() - scheduled;
					String problem = followUp(clients.get(client), outcome, then);
					if (problem != null) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, problem);
					}
					else {
						latencies.add(client, took);
					}
				}
				finally {
					free.add(client);
				}
			});
		}
		senders.shutdown();
		senders.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - started) / 1e9;
		return PhaseResult.of(phase, target, clients.size(), rate, latencies.all(), errors.get(), seconds, firstError.get());
	}

	/** A step's answer, and what went wrong with it (null if nothing). */
	private record Outcome(HttpResponse<String> answer, String problem) {
	}

	/** Sends one request. */
	private static Outcome send(RedboxClient client, SplittableRandom random, Step step) {
		try {
			var answer = step.call(client, random);
			return new Outcome(answer, answered(answer) ? null
					: "HTTP " + answer.statusCode() + " " + answer.request().uri() + " " + abbreviate(answer.body()));
		}
		catch (Exception e) {
			return new Outcome(null, e.toString());
		}
	}

	/** Follows a good answer up; answers what went wrong, or null. */
	private static String followUp(RedboxClient client, Outcome outcome, FollowUp then) {
		if (outcome.problem() != null) {
			return outcome.problem();
		}
		try {
			then.after(client, outcome.answer());
			return null;
		}
		catch (Exception e) {
			return "following up " + outcome.answer().request().uri() + ": " + e;
		}
	}

	private static boolean answered(HttpResponse<String> answer) {
		if (answer.statusCode() / 100 == 2) {
			return true;
		}
		String location = answer.headers().firstValue("Location").orElse("");
		return answer.statusCode() / 100 == 3 && !location.isEmpty() && !location.contains("/sign-in");
	}

	private void loop(List<RedboxClient> clients, Step step, FollowUp then, Duration length, LatencyLog log, AtomicLong errors,
			AtomicReference<String> firstError) throws InterruptedException {
		long end = System.nanoTime() + length.toNanos();
		Thread[] threads = new Thread[clients.size()];
		for (int i = 0; i < threads.length; i++) {
			int client = i;
			var random = new SplittableRandom(seed + client);
			threads[i] = new Thread(() -> {
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					var outcome = send(clients.get(client), random, step);
					long took = System.nanoTime() - start;
					String problem = followUp(clients.get(client), outcome, then);
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

	/**
	 * Latencies in nanoseconds, one growing array per client so that clients never contend (at a
	 * rate, a client passes between sender threads through the free queue, which orders its writes).
	 */
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
