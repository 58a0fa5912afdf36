package course.kit.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

/**
 * How often threads had to stop and wait for each other while running a workload, counted by
 * the JVM itself: a thread is <em>blocked</em> when it waits to enter a {@code synchronized}
 * monitor, and <em>waits</em> when it parks (a {@code ReentrantLock}, a condition, a queue).
 * A lock-free structure shows zero of both; a contended lock shows thousands. Unlike a timing,
 * the count does not depend on how fast the machine is.
 *
 * @param blocked    times a worker blocked on a monitor, summed over workers
 * @param waited     times a worker waited or parked, summed over workers
 * @param operations operations performed, summed over workers
 */
public record Contention(long blocked, long waited, long operations) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Blocked plus waited: every time a worker stopped for another one. */
    public long stops() {
        return blocked + waited;
    }

    /** Stops per million operations. */
    public double stopsPerMillion() {
        return operations == 0 ? 0 : stops() * 1_000_000.0 / operations;
    }

    /**
     * Runs {@code operation} {@code perThread} times on each of {@code threads} threads started
     * together, and counts how often they blocked or waited while doing it.
     *
     * @param operationOfThread the operation thread {@code i} repeats
     */
    public static Contention measure(String what, int threads, long perThread, Duration deadline,
                                     java.util.function.IntFunction<Runnable> operationOfThread) {
        List<long[]> counts = Together.run(what, threads, deadline, i -> {
            Runnable operation = operationOfThread.apply(i);
            return () -> {
                ThreadInfo before = self();
                for (long n = 0; n < perThread; n++) {
                    operation.run();
                }
                ThreadInfo after = self();
                return new long[] {
                        after.getBlockedCount() - before.getBlockedCount(),
                        after.getWaitedCount() - before.getWaitedCount()};
            };
        });
        long blocked = counts.stream().mapToLong(c -> c[0]).sum();
        long waited = counts.stream().mapToLong(c -> c[1]).sum();
        return new Contention(blocked, waited, perThread * threads);
    }

    private static ThreadInfo self() {
        return THREADS.getThreadInfo(Thread.currentThread().threadId());
    }

    @Override
    public String toString() {
        return "blocked " + blocked + " and parked " + waited + " times in " + operations + " operations";
    }
}
