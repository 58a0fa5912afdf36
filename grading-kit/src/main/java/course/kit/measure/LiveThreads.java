package course.kit.measure;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Threads started by the code under test that are still alive after it said it was done: the
 * Java form of a goroutine leak. Platform threads and virtual threads alike: the JVM's
 * {@code ThreadMXBean} and {@code Thread.getAllStackTraces()} list no virtual thread, so these
 * come from the JVM's JSON thread dump ({@code HotSpotDiagnosticMXBean.dumpThreads}), which
 * lists every one. The JDK's own machinery for virtual threads (their carrier threads, the
 * unblocker, the timer of timed parks) is not the code's, and is never counted.
 */
public final class LiveThreads {

    /**
     * Platform threads the JDK starts for virtual threads, which live on after them: their
     * carriers, the unblocker, and (JDK 25) the scheduler's timer for timed parks and sleeps.
     */
    private static final Set<String> JDK_MACHINERY = Set.of("jdk.internal.misc.CarrierThread",
            "jdk.internal.misc.InnocuousThread", "java.util.concurrent.DelayScheduler");
    private static final Duration POLL = Duration.ofMillis(20);

    private LiveThreads() {
    }

    /** The threads alive at one moment: platform threads as objects, virtual threads by id. */
    public record Snapshot(Set<Thread> platform, Set<Long> virtualIds) {
    }

    /** A thread alive now, as the thread dump shows it. */
    private record Alive(long id, String description) {
    }

    /** The threads alive right now. */
    public static Snapshot snapshot() {
        return new Snapshot(Thread.getAllStackTraces().keySet(), virtualThreads().keySet());
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
        Map<Long, Alive> virtual = virtualStartedSince(before);
        while (!virtual.isEmpty() && System.nanoTime() < end) {
            pause(); // a virtual thread found in a dump has no object here to join: look again shortly
            virtual = virtualStartedSince(before);
        }
        List<String> leaked = new ArrayList<>(startedSince(before).stream().map(LiveThreads::describe).toList());
        virtual.values().forEach(v -> leaked.add(v.description()));
        return leaked;
    }

    /**
     * The platform threads alive now that were not in {@code before}, the JDK's machinery for
     * virtual threads left out: to clean up after a leak. Virtual threads cannot be listed as
     * objects; a leaked one that waits costs nothing but its memory.
     */
    public static List<Thread> startedSince(Snapshot before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.platform().contains(t) && t.isAlive())
                .filter(t -> !JDK_MACHINERY.contains(t.getClass().getName()))
                .toList();
    }

    /** The ids of the virtual threads alive now that were not in {@code before}. */
    public static Set<Long> virtualIdsStartedSince(Snapshot before) {
        return virtualStartedSince(before).keySet();
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

    private static Map<Long, Alive> virtualStartedSince(Snapshot before) {
        Map<Long, Alive> now = virtualThreads();
        now.keySet().removeAll(before.virtualIds());
        return now;
    }

    /**
     * Every virtual thread in a JSON thread dump of this JVM, by id. JDK 25's dump marks each
     * thread {@code "virtual"}; JDK 21's does not, and there a thread of the dump is virtual when it
     * is no platform thread alive before or after it.
     */
    private static Map<Long, Alive> virtualThreads() {
        Path file;
        try {
            Set<Long> platform = platformIds();
            file = Files.createTempDirectory("course-threads").resolve("threads.json");
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
            platform.addAll(platformIds());
            String json = Files.readString(file);
            Files.delete(file);
            Files.delete(file.getParent());
            Map<Long, Alive> found = new LinkedHashMap<>();
            collect(JsonParser.parseString(json), platform, found);
            return found;
        } catch (IOException e) {
            throw new IllegalStateException("cannot take a thread dump to find virtual threads: " + e.getMessage(), e);
        }
    }

    private static Set<Long> platformIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::threadId)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static void collect(JsonElement element, Set<Long> platform, Map<Long, Alive> found) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collect(e, platform, found));
        } else if (element.isJsonObject()) {
            JsonObject o = element.getAsJsonObject();
            if (o.has("tid") && o.has("stack")) {
                long id = o.get("tid").getAsLong();
                boolean virtual = o.has("virtual") ? o.get("virtual").getAsBoolean() : !platform.contains(id);
                if (virtual) {
                    found.put(id, new Alive(id, describeVirtual(o)));
                }
            }
            o.entrySet().forEach(e -> collect(e.getValue(), platform, found));
        }
    }

    private static String describeVirtual(JsonObject thread) {
        String name = thread.has("name") && !thread.get("name").getAsString().isEmpty()
                ? thread.get("name").getAsString() : "virtual thread #" + thread.get("tid").getAsString();
        List<String> frames = new ArrayList<>();
        if (thread.has("stack")) {
            thread.getAsJsonArray("stack").forEach(f -> frames.add(f.getAsString()));
        }
        String state = thread.has("state") ? thread.get("state").getAsString() : stateFromStack(frames);
        return "\"" + name + "\" " + state + " (virtual)\n" + frames.stream().limit(4)
                .map(f -> "      at " + f).collect(Collectors.joining("\n"));
    }

    /** A virtual thread's state where the dump gives none (JDK 21): parked when its top frame parks it. */
    private static String stateFromStack(List<String> frames) {
        if (frames.isEmpty()) {
            return "ALIVE";
        }
        String top = frames.get(0);
        return top.contains("VirtualThread.parkNanos") ? "TIMED_WAITING" : top.contains("VirtualThread.park") ? "WAITING" : "RUNNABLE";
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for threads to end", e);
        }
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
        return "\"" + t.getName() + "\" " + t.getState() + (t.isDaemon() ? " (daemon)" : "") + "\n" + frames;
    }
}
