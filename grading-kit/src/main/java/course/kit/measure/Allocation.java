package course.kit.measure;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the heap per operation, counted by the JVM for the calling thread
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}). Exact and
 * repeatable: a fresh 8 KiB array costs 8,208 bytes every time, a reused one costs nothing.
 */
public final class Allocation {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocation() {
    }

    /**
     * Runs {@code operation} {@code warmup} times (first calls allocate for class loading and
     * lazy set-up), then {@code measured} times, and returns the bytes allocated per measured
     * call on this thread.
     */
    public static double bytesPerOperation(Runnable operation, int warmup, int measured) {
        for (int i = 0; i < warmup; i++) {
            operation.run();
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < measured; i++) {
            operation.run();
        }
        long after = THREADS.getCurrentThreadAllocatedBytes();
        return (after - before) / (double) measured;
    }
}
