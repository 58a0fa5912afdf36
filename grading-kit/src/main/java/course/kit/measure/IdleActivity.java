package course.kit.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * What the threads started by the code under test do while it has nothing to do: how often
 * they wake up, and how much CPU they use. A thread that is handed its work (parked in a
 * {@code take()}, a {@code wait()} or a condition) does neither; a thread that polls wakes up at
 * every poll, and one that spins uses a core.
 *
 * <p>Wake-ups are counted by the JDK Flight Recorder, which writes an event each time a thread
 * comes back from {@code Thread.sleep}, a park ({@code poll(timeout)}, {@code parkNanos}) or
 * {@code Object.wait}, for platform and virtual threads. CPU is counted by the JVM, for the
 * platform threads started since the snapshot and for the carrier threads alive at either end of
 * the window (one the pool starts during it counts from zero), where a virtual
 * thread's CPU goes. JFR does not write park events for virtual threads: a virtual thread
 * polling with a timed park shows as the CPU its carriers use to wake it.
 */
public final class IdleActivity {

    private static final List<String> WAKE_UP_EVENTS = List.of("jdk.ThreadSleep", "jdk.ThreadPark", "jdk.JavaMonitorWait");

    private IdleActivity() {
    }

    /**
     * What was seen during one idle window.
     *
     * @param wakeUps   sleeps, parks and waits that ended on the threads started since the snapshot
     * @param cpuMillis CPU those threads and the carrier threads used
     * @param byKind    the wake-ups by JFR event, as {@code jdk.ThreadSleep=480}
     * @param window    how long the threads had nothing to do
     */
    public record Activity(int wakeUps, long cpuMillis, Map<String, Integer> byKind, Duration window) {
        /** One line for a person: {@code 480 wake-ups (jdk.ThreadSleep=480) and 12 ms of CPU in 1,000 ms without work}. */
        public String summary() {
            return wakeUps + " wake-ups" + (byKind.isEmpty() ? "" : " " + byKind) + " and " + cpuMillis
                    + " ms of CPU in " + window.toMillis() + " ms without work";
        }
    }

    /** Records the threads started since {@code before} for {@code window}, during which nothing may be given to them. */
    public static Activity during(LiveThreads.Snapshot before, Duration window) throws InterruptedException {
        List<Thread> started = LiveThreads.startedSince(before);
        Set<Long> ids = started.stream().map(Thread::threadId).collect(Collectors.toSet());
        List<Thread> platform = started.stream().filter(t -> !t.isVirtual()).toList();
        Map<Thread, Long> cpuBefore = new HashMap<>();
        long cpuNanos = 0;
        Path file;
        try (Recording recording = new Recording()) {
            WAKE_UP_EVENTS.forEach(e -> recording.enable(e).withThreshold(Duration.ZERO));
            file = Files.createTempFile("course-idle", ".jfr");
            recording.start();
            for (Thread t : charged(platform)) {
                cpuBefore.put(t, ThreadCpu.nanos(t));
            }
            TimeUnit.NANOSECONDS.sleep(window.toNanos());
            // A carrier the pool started during the window (a virtual thread woken on it) counts from 0.
            for (Thread t : charged(platform)) {
                cpuNanos += Math.max(0, ThreadCpu.nanos(t) - cpuBefore.getOrDefault(t, 0L));
            }
            recording.stop();
            recording.dump(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the flight recording of the idle threads", e);
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        try {
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                RecordedThread thread = event.getThread();
                if (thread != null && ids.contains(thread.getJavaThreadId())) {
                    byKind.merge(event.getEventType().getName(), 1, Integer::sum);
                }
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the flight recording " + file, e);
        }
        int wakeUps = byKind.values().stream().mapToInt(Integer::intValue).sum();
        return new Activity(wakeUps, cpuNanos / 1_000_000, byKind, window);
    }

    /** The threads whose CPU counts, each once: those started since the snapshot, and the carriers alive now. */
    private static Set<Thread> charged(List<Thread> platform) {
        Set<Thread> charged = new LinkedHashSet<>(platform);
        charged.addAll(LiveThreads.carriers());
        return charged;
    }
}
