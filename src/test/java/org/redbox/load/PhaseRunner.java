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
 * falls behind is charged for the queue it causes. Anything but a 2xx answer is an error.
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

	void warmUp(List<RedboxClient> clients, Step step) throws InterruptedException {
		loop(clients, step, warmUp, null, new AtomicLong(), new AtomicReference<>());
	}

	/** Measures with every client sending as fast as it is answered (no warm-up). */
	PhaseResult flatOut(String phase, List<RedboxClient> clients, Step step) throws InterruptedException {
		var latencies = new LatencyLog(clients.size());
		var errors = new AtomicLong();
		var firstError = new AtomicReference<String>();
		long started = System.nanoTime();
		loop(clients, step, measured, latencies, errors, firstError);
		double seconds = (System.nanoTime() - started) / 1e9;
		return PhaseResult.of(phase, clients.size(), 0, latencies.all(), errors.get(), seconds, firstError.get());
	}

	/**
	 * Measures with requests arriving {@code rate} times a second (no warm-up), each sent by the
	 * next free client; at most as many at once as there are clients.
	 */
	PhaseResult runAtRate(String phase, List<RedboxClient> clients, Step step, double rate) throws InterruptedException {
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
					String problem = send(clients.get(client), randoms[client], step);
					if (problem != null) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, problem);
					}
					else {
						latencies.add(client, System.nanoTime() - scheduled);
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
		return PhaseResult.of(phase, clients.size(), rate, latencies.all(), errors.get(), seconds, firstError.get());
	}

	/** Sends one request; answers what went wrong, or null. */
	private static String send(RedboxClient client, SplittableRandom random, Step step) {
		try {
			var answer = step.call(client, random);
			return answer.statusCode() / 100 == 2 ? null
					: "HTTP " + answer.statusCode() + " " + answer.request().uri() + " " + abbreviate(answer.body());
		}
		catch (Exception e) {
			return e.toString();
		}
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
					String problem = send(clients.get(client), random, step);
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
