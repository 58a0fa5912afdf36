package course.kit.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;

/**
 * CPU time a set of threads used, as the JVM accounts it. A thread that waits properly (parked
 * on a queue, a lock or a condition) uses none; a thread that polls in a loop uses a whole core
 * while it has nothing to do.
 */
public final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    /** CPU nanoseconds used so far by {@code thread}; 0 once it has ended. */
    public static long nanos(Thread thread) {
        return Math.max(0, THREADS.getThreadCpuTime(thread.threadId()));
    }

    /** CPU nanoseconds used so far by all of {@code threads} (threads that have ended count 0). */
    public static long nanos(Collection<Thread> threads) {
        long total = 0;
        for (Thread t : threads) {
            total += nanos(t);
        }
        return total;
    }
}
