package course.kit.jmh;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.TestReporter;

import course.kit.Figures;

/**
 * A performance gate calibrated by a known penalty measured in the same run. Three benchmarks
 * run at the same thread count: a <em>baseline</em> that has the problem (for example two
 * threads writing one cache line), a <em>reference</em> that is known to be free of it, and the
 * learner's <em>candidate</em>. The penalty is reference / baseline: what fixing the problem is
 * worth on this machine, right now.
 *
 * <ul>
 *   <li>If the penalty is below {@link #minimumPenalty}, this machine cannot show the problem
 *       (on a busy machine, or with threads that happen to share a core, false sharing
 *       vanishes): the verdict is inconclusive, reported with the penalty.
 *   <li>Otherwise the candidate passes when it is at least {@link #needs} times as fast as the
 *       baseline. The bar is a fixed gain, not a share of the reference's: JMH's noise on two
 *       cores put an answer as fast as the reference at 62% of it in one run of ten.
 * </ul>
 */
public final class PenaltyGate {

    private final Class<?> benchmarks;
    private int threads = Runtime.getRuntime().availableProcessors();
    private List<String> forkFlags = List.of();
    private String baseline;
    private String baselineLabel;
    private String reference;
    private String referenceLabel;
    private String candidate;
    private String candidateLabel;
    private double minimumPenalty = 2.0;
    private double needed = 1.5;
    private String advice = "";

    private PenaltyGate(Class<?> benchmarks) {
        this.benchmarks = benchmarks;
    }

    /** A gate over three benchmarks of one class. */
    public static PenaltyGate of(Class<?> benchmarks) {
        return new PenaltyGate(benchmarks);
    }

    /** Thread count of all three benchmarks (default: every core of the machine). */
    public PenaltyGate threads(int threads) {
        this.threads = threads;
        return this;
    }

    /** JVM flags the benchmark forks need besides the kit's, for example {@code -XX:-RestrictContended}. */
    public PenaltyGate forkFlags(String... flags) {
        this.forkFlags = List.of(flags);
        return this;
    }

    /** The benchmark that has the problem. */
    public PenaltyGate baseline(String method, String label) {
        this.baseline = method;
        this.baselineLabel = label;
        return this;
    }

    /** The benchmark known to be free of it. */
    public PenaltyGate reference(String method, String label) {
        this.reference = method;
        this.referenceLabel = label;
        return this;
    }

    /** The learner's benchmark. */
    public PenaltyGate candidate(String method, String label) {
        this.candidate = method;
        this.candidateLabel = label;
        return this;
    }

    /** Below this reference/baseline ratio the machine shows no penalty and the verdict is inconclusive. */
    public PenaltyGate minimumPenalty(double minimumPenalty) {
        this.minimumPenalty = minimumPenalty;
        return this;
    }

    /** How many times the baseline's throughput the candidate must reach (default 1.5). */
    public PenaltyGate needs(double gain) {
        this.needed = gain;
        return this;
    }

    /** What to tell the learner when the candidate falls short. */
    public PenaltyGate advice(String advice) {
        this.advice = advice;
        return this;
    }

    /** Measures, reports, and passes, fails or ends inconclusive. */
    public void check(TestReporter reporter) {
        Map<String, Double> scores = Benchmarks.throughput(benchmarks, threads, forkFlags, baseline, reference, candidate);
        double penalty = scores.get(reference) / scores.get(baseline);
        double gained = scores.get(candidate) / scores.get(baseline);
        String figure = String.format(Locale.ROOT, "%s %s, %s %s the throughput of %s at %d threads",
                candidateLabel, Figures.ratio(gained), referenceLabel, Figures.ratio(penalty), baselineLabel, threads);
        if (penalty < minimumPenalty) {
            Figures.report(reporter, figure, "the machine must show a penalty of " + Figures.ratio(minimumPenalty));
            throw Figures.inconclusive(String.format(Locale.ROOT,
                    "%s was only %s as fast as %s at %d threads here (needs %s to judge): this machine does not "
                            + "show the penalty right now (busy, or threads sharing a core). Rerun on a quiet machine.",
                    referenceLabel, Figures.ratio(penalty), baselineLabel, threads, Figures.ratio(minimumPenalty)));
        }
        Figures.report(reporter, figure, "at least " + Figures.ratio(needed));
        if (gained < needed) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "%s did %s the throughput of %s at %d threads, while %s did %s; it needs at least %s. %s",
                    candidateLabel, Figures.ratio(gained), baselineLabel, threads, referenceLabel,
                    Figures.ratio(penalty), Figures.ratio(needed), advice).trim());
        }
    }
}
