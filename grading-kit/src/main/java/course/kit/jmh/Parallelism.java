package course.kit.jmh;

import java.util.List;
import java.util.Locale;

/**
 * How much parallel work this machine really did right now: the probe's throughput at
 * {@code threads} threads divided by its throughput at one. Two free cores give about 2.0; a
 * second core busy with something else gives 1.0 to 1.5.
 *
 * @param oneThread  probe throughput at one thread, ops/us
 * @param manyThreads probe throughput at {@code threads} threads, ops/us
 * @param threads    the thread count the gate measures at
 */
public record Parallelism(double oneThread, double manyThreads, int threads) {

    /** Fraction of ideal scaling a machine must show before contention can be measured on it. */
    public static final double REQUIRED_SCALING = 0.8;

    /** Runs the probe of {@code benchmarks} at one thread and at {@code threads} threads. */
    public static Parallelism measure(Class<? extends ParallelismProbe> benchmarks, int threads) {
        return new Parallelism(probe(benchmarks, 1), probe(benchmarks, threads), threads);
    }

    private static double probe(Class<? extends ParallelismProbe> benchmarks, int threads) {
        return Benchmarks.throughput(Benchmarks.Budget.PROBE, benchmarks, threads, List.of(), "calibrationWork")
                .get("calibrationWork");
    }

    /** Effective CPUs: {@code manyThreads / oneThread}. */
    public double effectiveCpus() {
        return manyThreads / oneThread;
    }

    /** The effective CPUs a measurement at {@code threads} threads needs. */
    public double required() {
        return REQUIRED_SCALING * threads;
    }

    /** True when the machine ran the threads in parallel well enough to measure contention. */
    public boolean sufficient() {
        return effectiveCpus() >= required();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f effective CPUs at %d threads (needs %.1f)",
                effectiveCpus(), threads, required());
    }
}
