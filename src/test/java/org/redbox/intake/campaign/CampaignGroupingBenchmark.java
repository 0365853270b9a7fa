package org.redbox.intake.campaign;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5 "Speed": grouping 10,000 arriving letters — five campaigns (60 % of the mail, 10 % of
 * the copies with a personal story) and individual letters — one at a time as they arrive, from
 * raw text (normalising, fingerprinting, finding candidates and checking them) to placement.
 * Target: under 10 s in all. Each measured iteration groups all 10,000 afresh; after the run
 * the pairwise precision and recall against the labels are printed (target: at least 0.95 each).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CampaignGroupingBenchmark {

	static final int LETTERS = 10_000;

	private List<CampaignMail.Letter> letters;
	private GroupingRun run;

	@Setup(Level.Trial)
	public void generate() {
		letters = new CampaignMail(20261123L).letters(LETTERS, 0.6, 0.1);
	}

	@Setup(Level.Iteration)
	public void freshIndex() {
		run = new GroupingRun(CampaignSettings.defaults(), LETTERS);
	}

	@Benchmark
	public GroupingRun groupTenThousandArrivingLetters() {
		run.groupAll(letters);
		return run;
	}

	@TearDown(Level.Trial)
	public void score() {
		System.out.println();
		System.out.println("Campaign grouping of " + LETTERS + " letters: " + run.score(letters));
	}
}
