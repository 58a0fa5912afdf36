package course.kit.measure;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;

/**
 * Bytes allocated per operation, counted by the JVM: on the heap by the calling thread
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}) or, over many calls,
 * by every thread, ended ones included ({@code getTotalThreadAllocatedBytes}), so that work
 * handed to another thread is counted too; and outside the heap in direct buffers by the whole
 * JVM (the {@code direct} {@link BufferPoolMXBean}). Exact and repeatable: a fresh 8 KiB array
 * costs 8,208 bytes every time, a reused one costs nothing, and a fresh 8 KiB direct buffer
 * costs 8,192 bytes of native memory that the heap count never sees.
 */
public final class Allocation {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocation() {
    }

    /** What one operation allocated, on average: heap bytes, and direct-buffer bytes. */
    public record PerOperation(double heapBytes, double directBytes) {
    }

    /**
     * Runs {@code operation} {@code warmup} times (first calls allocate for class loading and
     * lazy set-up), then {@code measured} times, and returns the bytes allocated per measured
     * call on this thread.
     */
    public static double bytesPerOperation(Runnable operation, int warmup, int measured) {
        return perOperation(operation, warmup, measured).heapBytes();
    }

    /** Bytes the calling thread allocates running {@code operation} once, with no warm-up. */
    public static long bytesOf(Runnable operation) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        operation.run();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * As {@link #bytesPerOperation}, but the heap bytes of every thread of the JVM while the
     * measured calls ran (the JVM's own threads allocate next to nothing, spread over the calls),
     * and the direct-buffer memory the measured calls left reserved. Direct buffers freed during
     * the calls (by a cleaner, after a collection) are not counted, so the direct figure is a
     * lower bound; one fresh direct buffer per call still shows as its full size unless a
     * collection runs between the last calls.
     */
    public static PerOperation perOperation(Runnable operation, int warmup, int measured) {
        for (int i = 0; i < warmup; i++) {
            operation.run();
        }
        long directBefore = directBytesReserved();
        long before = THREADS.getCurrentThreadAllocatedBytes();
        long allBefore = THREADS.getTotalThreadAllocatedBytes();
        for (int i = 0; i < measured; i++) {
            operation.run();
        }
        long allAfter = THREADS.getTotalThreadAllocatedBytes();
        long after = THREADS.getCurrentThreadAllocatedBytes();
        long directGrowth = Math.max(0, directBytesReserved() - directBefore);
        long heap = Math.max(after - before, allAfter - allBefore);
        return new PerOperation(heap / (double) measured, directGrowth / (double) measured);
    }

    private static long directBytesReserved() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getTotalCapacity)
                .sum();
    }
}
