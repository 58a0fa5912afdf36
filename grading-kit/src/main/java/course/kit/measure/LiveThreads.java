package course.kit.measure;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Threads started by the code under test that are still alive after it said it was done: the
 * Java form of a goroutine leak. Platform threads and virtual threads alike: the JVM's
 * {@code ThreadMXBean} and {@code Thread.getAllStackTraces()} list no virtual thread, so these
 * come from the JDK's registry of thread containers ({@link VirtualThreads}). The JDK's own
 * machinery for virtual threads (their carrier threads, the unblocker, the timer of timed parks)
 * is not the code's, and is never counted.
 */
public final class LiveThreads {

    /**
     * Platform threads the JDK starts for virtual threads, which live on after them: their
     * carriers, the unblocker, and (JDK 25) the scheduler's timer for timed parks and sleeps.
     */
    private static final Set<String> JDK_MACHINERY = Set.of("jdk.internal.misc.CarrierThread",
            "jdk.internal.misc.InnocuousThread", "java.util.concurrent.DelayScheduler");

    private LiveThreads() {
    }

    /** The threads alive at one moment, platform and virtual. */
    public record Snapshot(Set<Thread> threads) {
    }

    /** The threads alive right now. */
    public static Snapshot snapshot() {
        return new Snapshot(alive());
    }

    /**
     * Waits up to {@code deadline} for every thread started since {@code before} to end, and
     * returns those still alive then, each described with its state and top frames.
     */
    public static List<String> leakedSince(Snapshot before, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        for (Thread t : startedSince(before)) {
            long left = Math.max(1, (end - System.nanoTime()) / 1_000_000);
            join(t, left);
        }
        return startedSince(before).stream().map(LiveThreads::describe).toList();
    }

    /**
     * The threads alive now, platform and virtual, that were not in {@code before}, the JDK's
     * machinery for virtual threads left out: to measure them, or to clean up after a leak.
     */
    public static List<Thread> startedSince(Snapshot before) {
        return alive().stream()
                .filter(t -> !before.threads().contains(t) && t.isAlive())
                .filter(t -> !JDK_MACHINERY.contains(t.getClass().getName()))
                .toList();
    }

    /**
     * The carrier threads alive now: the platform threads that run virtual threads. The CPU a
     * virtual thread uses is charged to them, and only to them.
     */
    public static List<Thread> carriers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getClass().getName().equals("jdk.internal.misc.CarrierThread"))
                .toList();
    }

    private static Set<Thread> alive() {
        Set<Thread> alive = VirtualThreads.alive(); // first: the first call may start the JVM's attach listener
        alive.addAll(Thread.getAllStackTraces().keySet());
        return alive;
    }

    private static void join(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for threads to end", e);
        }
    }

    private static String describe(Thread t) {
        String frames = Arrays.stream(t.getStackTrace()).limit(4)
                .map(f -> "      at " + f).collect(Collectors.joining("\n"));
        String name = t.getName().isEmpty() ? "thread #" + t.threadId() : t.getName();
        return "\"" + name + "\" " + t.getState() + (t.isVirtual() ? " (virtual)" : t.isDaemon() ? " (daemon)" : "")
                + "\n" + frames;
    }
}
