package course.kit.measure;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Threads started by the code under test that are still alive after it said it was done: the
 * Java form of a goroutine leak.
 */
public final class LiveThreads {

    private LiveThreads() {
    }

    /** The threads alive right now. */
    public static Set<Thread> snapshot() {
        return Thread.getAllStackTraces().keySet();
    }

    /**
     * Waits up to {@code deadline} for every thread started since {@code before} to end, and
     * returns those still alive then, each described with its state and top frames.
     */
    public static List<String> leakedSince(Set<Thread> before, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        for (Thread t : startedSince(before)) {
            long left = Math.max(1, (end - System.nanoTime()) / 1_000_000);
            try {
                t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for threads to end", e);
            }
        }
        return startedSince(before).stream().map(LiveThreads::describe).toList();
    }

    /** The threads alive now that were not in {@code before}: to clean up after a leak. */
    public static List<Thread> startedSince(Set<Thread> before) {
        return snapshot().stream().filter(t -> !before.contains(t) && t.isAlive()).toList();
    }

    private static String describe(Thread t) {
        String frames = Arrays.stream(t.getStackTrace()).limit(4)
                .map(f -> "      at " + f).collect(Collectors.joining("\n"));
        return "\"" + t.getName() + "\" " + t.getState() + (t.isDaemon() ? " (daemon)" : "") + "\n" + frames;
    }
}
