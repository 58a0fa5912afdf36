package course.kit.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;

import course.kit.Figures;

/**
 * How often threads had to stop and wait for each other while running a workload, counted by
 * the JVM itself: a thread is <em>blocked</em> when it waits to enter a {@code synchronized}
 * monitor, and <em>waits</em> when it parks (a {@code ReentrantLock}, a condition, a queue).
 *
 * <p>A lock-free design stops (almost) never: at most once, when a thread waits for another to
 * finish a one-time set-up such as initializing a class. A lock keeps stopping threads, but how
 * often depends on the machine: a thread that spins briefly often gets the lock without
 * stopping, and on a busy machine the threads rarely run at the same moment. So the measurement
 * runs more threads than cores for a fixed time after a warm-up, and a gate compares the rate
 * of stops per million operations with a threshold far from both.
 *
 * @param blocked    times a worker blocked on a monitor, summed over workers
 * @param waited     times a worker waited or parked, summed over workers
 * @param operations operations performed while measuring, summed over workers
 * @param warmUpOperations operations performed during the warm-up, not measured
 */
public record Contention(long blocked, long waited, long operations, long warmUpOperations) {

    /**
     * The most stops per million operations of a design whose threads do not wait for each
     * other. Measured on 2 cores, quiet and with one core busy: a synchronized counter at 4
     * threads stopped 4 to 30 times per million operations, LongAdder 0 times.
     */
    public static final double MAX_STOPS_PER_MILLION = 1.0;

    /**
     * So few stops that they cannot tell a lock from a one-time set-up (a class initialized by
     * another thread, a JIT deoptimization). When threads stopped this often or less but ran so
     * few operations that the rate still reaches {@link #MAX_STOPS_PER_MILLION}, the check is
     * inconclusive: it neither passes nor fails. The reliability study saw a lock-free solution
     * stop once in a loaded run of 2.1 M operations (in a run of 0.7 M that one stop would have
     * been 1.4 per million), and a starter's lock stop only twice in 166,912 slow quotes on a
     * machine so busy that its threads rarely met; when these stops counted as a pass, that
     * starter passed.
     */
    public static final long STRAY_STOPS = 2;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int BATCH = 1_024;
    private static final Duration WARM_UP = Duration.ofMillis(100);

    /** Blocked plus waited: every time a worker stopped for another one. */
    public long stops() {
        return blocked + waited;
    }

    /** Every operation performed, warm-up included: what a correct counter under test must have counted. */
    public long allOperations() {
        return operations + warmUpOperations;
    }

    /** Stops per million operations. */
    public double stopsPerMillion() {
        return operations == 0 ? 0 : stops() * 1e6 / operations;
    }

    /**
     * Runs the operation of each of {@code threads} threads, started together: first for a
     * warm-up (one-time set-up, class initialization and JIT compilation may stop a thread
     * once, and are not counted), then for {@code duration}, counting how often the threads
     * blocked or waited.
     *
     * @param operationOfThread the operation thread {@code i} repeats
     */
    public static Contention measure(String what, int threads, Duration duration, IntFunction<Runnable> operationOfThread) {
        long start = System.nanoTime();
        long measureFrom = start + WARM_UP.toNanos();
        long end = measureFrom + duration.toNanos();
        List<long[]> counts = Together.run(what, threads, duration.multipliedBy(4).plusSeconds(30), i -> {
            Runnable operation = operationOfThread.apply(i);
            return () -> {
                long warmUp = 0;
                while (System.nanoTime() < measureFrom) {
                    repeat(operation);
                    warmUp += BATCH;
                }
                ThreadInfo before = self();
                long ops = 0;
                while (System.nanoTime() < end) {
                    repeat(operation);
                    ops += BATCH;
                }
                ThreadInfo after = self();
                return new long[] {
                        after.getBlockedCount() - before.getBlockedCount(),
                        after.getWaitedCount() - before.getWaitedCount(),
                        ops,
                        warmUp};
            };
        });
        return new Contention(
                counts.stream().mapToLong(c -> c[0]).sum(),
                counts.stream().mapToLong(c -> c[1]).sum(),
                counts.stream().mapToLong(c -> c[2]).sum(),
                counts.stream().mapToLong(c -> c[3]).sum());
    }

    private static void repeat(Runnable operation) {
        for (int n = 0; n < BATCH; n++) {
            operation.run();
        }
    }

    private static ThreadInfo self() {
        return THREADS.getThreadInfo(Thread.currentThread().threadId());
    }

    /** True when threads stopped less often than {@link #MAX_STOPS_PER_MILLION}: the gate's pass. */
    public boolean threadsRarelyStop() {
        return stopsPerMillion() < MAX_STOPS_PER_MILLION;
    }

    /**
     * Ends the check as inconclusive when the threads stopped at most {@link #STRAY_STOPS} times
     * yet too often for their few operations: too little to tell a lock from a one-time stop.
     * Call it before asserting {@link #threadsRarelyStop()}.
     */
    public void abortIfTooFewToTell() {
        if (!threadsRarelyStop() && stops() <= STRAY_STOPS) {
            throw Figures.inconclusive(Figures.count(stops()) + " stops in only " + Figures.count(operations)
                    + " operations: too few to tell a lock from a thread waiting once for a one-time set-up. "
                    + "The machine was probably too busy for the threads to run at the same time; run the check "
                    + "again when it is quieter.");
        }
    }

    /** The figure for a report, as in {@code "152 stops in 7,006,208 increments (21.70 per million)"}. */
    public String summary(String operationName) {
        return Figures.count(stops()) + " stops in " + Figures.count(operations) + " " + operationName
                + String.format(java.util.Locale.ROOT, " (%.2f per million)", stopsPerMillion());
    }

    /** The threshold of {@link #threadsRarelyStop()}, for a report (at most {@link #STRAY_STOPS} stops above it: inconclusive). */
    public static String threshold() {
        return "below " + MAX_STOPS_PER_MILLION + " per million";
    }

    @Override
    public String toString() {
        return "blocked " + Figures.count(blocked) + " and parked " + Figures.count(waited) + " times in "
                + Figures.count(operations) + " operations";
    }
}
