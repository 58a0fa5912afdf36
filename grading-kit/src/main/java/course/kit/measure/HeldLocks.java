package course.kit.measure;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Which locks the calling thread holds right now: the monitors it entered with
 * {@code synchronized} and the ownable synchronizers it locked ({@code ReentrantLock}, the
 * write lock of {@code ReentrantReadWriteLock}). A test calls this from inside work that must
 * run outside any critical section.
 *
 * <p>Not seen: read locks of {@code ReentrantReadWriteLock}, {@code StampedLock} stamps and
 * {@code Semaphore} permits, which have no owner thread.
 */
public final class HeldLocks {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A pool thread holds its own worker lock while it runs any task: machinery, not a critical section. */
    private static final String POOL_WORKER = "java.util.concurrent.ThreadPoolExecutor$Worker";

    private HeldLocks() {
    }

    /** The locks the current thread holds, as {@code "java.lang.Object@1b2c3d"}; empty if none. */
    public static List<String> ofCurrentThread() {
        ThreadInfo info = THREADS.getThreadInfo(new long[] {Thread.currentThread().threadId()}, true, true)[0];
        List<String> held = new ArrayList<>();
        for (LockInfo monitor : info.getLockedMonitors()) {
            held.add("monitor of " + monitor + " (synchronized)");
        }
        for (LockInfo lock : info.getLockedSynchronizers()) {
            if (!lock.getClassName().equals(POOL_WORKER)) {
                held.add(lock.toString());
            }
        }
        return held;
    }
}
