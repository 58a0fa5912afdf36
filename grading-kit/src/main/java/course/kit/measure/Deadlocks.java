package course.kit.measure;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Finds threads stuck in a cycle of locks, with {@link ThreadMXBean#findDeadlockedThreads()}:
 * monitors ({@code synchronized}) and ownable synchronizers ({@code ReentrantLock}) alike.
 * The JVM does not stop a deadlocked program; this is how a test notices.
 */
public final class Deadlocks {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Deadlocks() {
    }

    /**
     * The current deadlock, described thread by thread, or empty when there is none. The JVM
     * also reports a cycle in which a thread waits with a timeout ({@code tryLock(1, MILLISECONDS)});
     * that wait ends by itself, and the cycle with it, so it is no deadlock.
     */
    public static Optional<String> find() {
        long[] ids = THREADS.findDeadlockedThreads();
        if (ids == null || ids.length == 0) {
            return Optional.empty();
        }
        ThreadInfo[] infos = THREADS.getThreadInfo(ids, true, true);
        if (Arrays.stream(infos).anyMatch(i -> i == null || i.getThreadState() == Thread.State.TIMED_WAITING)) {
            return Optional.empty();
        }
        return Optional.of("Deadlock: " + ids.length + " threads wait for each other in a cycle:\n"
                + Arrays.stream(infos).map(Deadlocks::describe).collect(Collectors.joining("\n")));
    }

    /**
     * Waits until {@code done} holds, checking for a deadlock every few milliseconds. Fails as
     * soon as a deadlock appears (naming the threads and locks), or at the deadline.
     *
     * @param what what is awaited, for the failure message
     */
    public static void awaitWithoutDeadlock(BooleanSupplier done, Duration deadline, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!done.getAsBoolean()) {
            find().ifPresent(d -> {
                throw new AssertionError("while waiting for " + what + ": " + d);
            });
            if (System.nanoTime() > end) {
                throw new AssertionError("gave up after " + deadline.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(5); // polling a condition, not synchronizing with it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    /** The line to show for a waiting thread: the course's code that waits, not the JDK's parking. */
    private static boolean isCourseCode(StackTraceElement frame) {
        String c = frame.getClassName();
        return !(c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun."));
    }

    private static String describe(ThreadInfo info) {
        LockInfo wanted = info.getLockInfo();
        String held = Arrays.stream(info.getLockedMonitors()).map(LockInfo::toString)
                .collect(Collectors.joining(", "));
        String heldSync = Arrays.stream(info.getLockedSynchronizers()).map(LockInfo::toString)
                .collect(Collectors.joining(", "));
        String holds = String.join(", ", java.util.stream.Stream.of(held, heldSync)
                .filter(s -> !s.isEmpty()).toList());
        String at = Arrays.stream(info.getStackTrace()).filter(Deadlocks::isCourseCode).findFirst()
                .or(() -> Arrays.stream(info.getStackTrace()).findFirst())
                .map(frame -> " at " + frame).orElse("");
        return "  \"" + info.getThreadName() + "\" holds [" + holds + "] and waits for " + wanted
                + " owned by \"" + info.getLockOwnerName() + "\"" + at;
    }
}
