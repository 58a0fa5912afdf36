package course.grader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Runs a command that will run student code, and makes sure it ends: after a wall-clock limit,
 * once it has printed more than an output budget, or once it has stored more than a disk budget,
 * the command and every process it started are killed. Of the output it keeps the beginning and
 * the end, however much was printed.
 * Before it kills a command at its time limit, it asks the command's JVMs what their threads
 * were doing ({@link ThreadDumps}), so that a hang can be told from a deadlock.
 */
final class BoundedProcess {

    /** How often a running command's processes, output and files are looked at. */
    static final Duration POLL = Duration.ofMillis(200);
    /** Bytes kept from the start of the output, and again from its end. */
    static final int KEPT = 256 * 1024;

    /** Commands running now: killed, with their processes, if the grader itself is stopped. */
    private static final Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }), "kill running graders"));
    }

    private BoundedProcess() {
    }

    /**
     * How a command ended.
     *
     * @param exitCode    its exit status, or -1 when it was killed
     * @param timedOut    killed at the wall-clock limit
     * @param flooded     killed for printing more than the output budget
     * @param overDisk    killed for storing more than the disk budget
     * @param outputBytes how much it printed in all
     * @param output      the first and last {@link #KEPT} bytes of what it printed
     * @param took        how long it ran
     * @param threadDumps when it was killed at the time limit, the thread dumps of its JVMs; else empty
     */
    record Result(int exitCode, boolean timedOut, boolean flooded, boolean overDisk, long outputBytes, String output,
                  Duration took, String threadDumps) {
    }

    /**
     * What a command puts on disk, looked at while it runs.
     *
     * @param output    bytes in files that count as its output (surefire's dump of what a test JVM
     *                  wrote past it to its standard output)
     * @param stored    bytes in all the files it may write
     * @param maxStored the disk budget: past it the command is killed
     */
    record Disk(LongSupplier output, LongSupplier stored, long maxStored) {
        /** A command whose files are not watched. */
        static final Disk UNWATCHED = new Disk(() -> 0, () -> 0, Long.MAX_VALUE);
    }

    /** Runs {@code command} in {@code dir} and waits for it, within {@code limit}. */
    static Result run(List<String> command, Path dir, Map<String, String> env, Duration limit, long floodBytes)
            throws IOException, InterruptedException {
        return run(command, dir, env, null, limit, limit, floodBytes, Disk.UNWATCHED);
    }

    /**
     * Runs {@code command} in {@code dir} and waits for it. Until it prints {@code marker}, it has
     * {@code before} to get there (a build that compiles); from the first time it prints it,
     * {@code limit} (the tests that run student code).
     *
     * @param floodBytes the output budget, files that count as output included; past it the command is killed
     * @param disk       the files it writes, looked at every {@link #POLL}
     */
    static Result run(List<String> command, Path dir, Map<String, String> env, String marker, Duration before,
                      Duration limit, long floodBytes, Disk disk) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        RUNNING.add(process);
        Capture capture = new Capture(process.getInputStream(), floodBytes, marker);
        Thread reader = Thread.ofPlatform().daemon().name("output of " + command.get(0)).start(capture);
        process.getOutputStream().close();

        Set<ProcessHandle> seen = new LinkedHashSet<>();
        boolean timedOut = false;
        boolean overDisk = false;
        while (!process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(seen::add);
            if (capture.total.get() + disk.output().getAsLong() > floodBytes) {
                capture.flooded.set(true);
            }
            if (capture.flooded.get()) {
                break;
            }
            if (disk.stored().getAsLong() > disk.maxStored()) {
                overDisk = true;
                break;
            }
            long markedAt = capture.markedAt.get();
            long deadline = markedAt != 0 ? markedAt + limit.toNanos() : start + before.toNanos();
            if (System.nanoTime() > deadline) {
                timedOut = true;
                break;
            }
        }
        String threadDumps = "";
        if (timedOut && !capture.flooded.get()) {
            threadDumps = ThreadDumps.of(process.toHandle());
        }
        killTree(process, seen);
        RUNNING.remove(process);
        reader.join(Duration.ofSeconds(5));
        if (reader.isAlive()) {
            process.getInputStream().close(); // a killed process's orphan may still hold the pipe
            reader.join(Duration.ofSeconds(2));
        }
        boolean flooded = capture.flooded.get();
        int exit = timedOut || flooded || overDisk ? -1 : process.exitValue();
        return new Result(exit, timedOut && !flooded, flooded, overDisk && !flooded,
                capture.total.get() + disk.output().getAsLong(), capture.text(),
                Duration.ofNanos(System.nanoTime() - start), threadDumps);
    }

    /**
     * Kills {@code process}, its descendants, and any process seen as a descendant while it ran
     * that is still alive (an orphan that outlived its parent). The command goes first: Maven,
     * seeing its test JVM killed under it, would start to write reports that its own death then
     * cuts short.
     *
     * <p>It kills through the {@link ProcessHandle}, never {@link Process#destroyForcibly()}: that
     * also closes the pipe the output is read from, and what the reader had not read yet, such as
     * the last lines of a command that had just ended, would be lost.
     */
    private static void killTree(Process process, Set<ProcessHandle> seen) throws InterruptedException {
        process.descendants().forEach(seen::add);
        process.toHandle().destroyForcibly();
        seen.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle h : seen) {
            h.onExit().completeOnTimeout(h, 5, TimeUnit.SECONDS).join();
        }
    }

    /** Drains the output, keeping its head and tail, and notices a flood. */
    private static final class Capture implements Runnable {
        private final InputStream in;
        private final long floodBytes;
        private final byte[] marker;
        private final byte[] window;
        private int windowLength;
        final AtomicLong markedAt = new AtomicLong();
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private final byte[] tail = new byte[KEPT];
        private long tailWritten;
        final AtomicLong total = new AtomicLong();
        final AtomicBoolean flooded = new AtomicBoolean();

        Capture(InputStream in, long floodBytes, String marker) {
            this.in = in;
            this.floodBytes = floodBytes;
            this.marker = marker == null ? null : marker.getBytes(StandardCharsets.UTF_8);
            this.window = marker == null ? null : new byte[this.marker.length * 2 + buf().length];
        }

        private static byte[] buf() {
            return new byte[16 * 1024];
        }

        /** Notes when {@link #marker} first goes by, even split across two reads. */
        private void watch(byte[] buf, int n) {
            if (marker == null || markedAt.get() != 0) {
                return;
            }
            int keep = Math.min(windowLength, marker.length - 1);
            System.arraycopy(window, windowLength - keep, window, 0, keep);
            int take = Math.min(n, window.length - keep);
            System.arraycopy(buf, 0, window, keep, take);
            windowLength = keep + take;
            for (int i = 0; i + marker.length <= windowLength; i++) {
                if (java.util.Arrays.equals(window, i, i + marker.length, marker, 0, marker.length)) {
                    markedAt.set(System.nanoTime());
                    return;
                }
            }
        }

        @Override
        public void run() {
            byte[] buf = buf();
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    watch(buf, n);
                    keep(buf, n);
                    if (total.addAndGet(n) > floodBytes) {
                        flooded.set(true);
                    }
                }
            } catch (IOException e) {
                // the stream was closed after the process was killed
            }
        }

        private synchronized void keep(byte[] buf, int n) {
            int toHead = Math.min(n, KEPT - head.size());
            head.write(buf, 0, toHead);
            for (int i = toHead; i < n; i++) {
                tail[(int) (tailWritten++ % KEPT)] = buf[i];
            }
        }

        synchronized String text() {
            String start = head.toString(StandardCharsets.UTF_8);
            if (tailWritten == 0) {
                return start;
            }
            int len = (int) Math.min(tailWritten, KEPT);
            byte[] end = new byte[len];
            for (int i = 0; i < len; i++) {
                end[i] = tail[(int) ((tailWritten - len + i) % KEPT)];
            }
            String skipped = tailWritten > KEPT
                    ? "\n[... " + (tailWritten - KEPT) + " bytes of output not kept ...]\n" : "";
            return start + skipped + new String(end, StandardCharsets.UTF_8);
        }
    }
}
