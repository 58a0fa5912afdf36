package course.grader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the JVMs of a stuck run were doing, asked for just before the grader kills them: each
 * JVM's thread dump, taken with {@code jcmd PID Thread.print} from the JDK the run started it with, and the
 * deadlocks the JVM found in it ("Found one Java-level deadlock"), which name the threads and
 * the locks of the cycle. Maven's own JVM is left out: it runs no student code.
 *
 * <p>Asking is best effort: a JVM that does not answer within {@link #ANSWER_LIMIT}, a JDK
 * without {@code jcmd}, or a process that ended in the meantime gives no dump, never an error.
 */
final class ThreadDumps {

    /** How long one JVM may take to answer. */
    static final Duration ANSWER_LIMIT = Duration.ofSeconds(15);
    /** At most this many JVMs are asked, and this much of each answer is kept. */
    private static final int MAX_JVMS = 4;
    private static final int MAX_DUMP_BYTES = 2 * 1024 * 1024;

    private static final String DEADLOCK = "Found one Java-level deadlock:";
    /** Maven's own JVM, which runs no student code: its main class is on its command line. */
    private static final String MAVEN_MAIN = "org.codehaus.plexus.classworlds";
    private static final String STACKS = "Java stack information for the threads listed above:";
    /** Where one deadlock report ends: the next one, the count of them all, or the next JVM's dump. */
    private static final Pattern REPORT_END = Pattern.compile("(?m)^(?:Found one Java-level deadlock:|Found \\d+ deadlocks?\\.|=== JVM )");
    /** One waiting thread of a deadlock, as HotSpot prints it (monitors, then j.u.c. locks). */
    private static final Pattern WAITER = Pattern.compile("\"(.+?)\":\\R\\s+waiting (?:to lock monitor \\S+ "
            + "\\(object \\S+, a ([^)]+)\\)|for ownable synchronizer \\S+, \\(a ([^)]+)\\)),?\\R\\s+which is held by "
            + "(?:\"(.+?)\"|(\\S+))");
    /** A thread's name, then its stack, in the second half of a deadlock report. */
    private static final Pattern STACK = Pattern.compile("(?m)^\"(.+?)\":\\R((?:\\t.*\\R?)+)");
    private static final Pattern FRAME = Pattern.compile("(?m)^\\tat (\\S+)");

    private ThreadDumps() {
    }

    /**
     * The thread dumps of the JVMs of a run: {@code run} itself and its descendants, each headed
     * by its process id and command line; empty when none answered. Only a JVM whose executable
     * is the {@code java} of a JVM the run started itself ({@code run} or one of its children:
     * Maven, the test JVMs) is asked, and always with the {@code jcmd} beside that trusted
     * {@code java}, by absolute path: student code may start programs of its own, named
     * {@code java} and with a {@code jcmd} beside them, but never as a child of Maven. The
     * grader's own {@code java} is trusted too: the {@link Sandbox} starts the test JVMs with it.
     */
    static String of(ProcessHandle run) {
        Set<Path> trusted = Stream.of(Stream.of(ProcessHandle.current(), run), run.children()).flatMap(s -> s)
                .map(ThreadDumps::javaOf).flatMap(Optional::stream).collect(Collectors.toSet());
        StringBuilder all = new StringBuilder();
        int asked = 0;
        for (ProcessHandle p : Stream.concat(Stream.of(run), run.descendants()).toList()) {
            Optional<Path> java = javaOf(p).filter(trusted::contains);
            if (java.isEmpty() || !p.isAlive() || p.info().commandLine().orElse("").contains(MAVEN_MAIN) || asked >= MAX_JVMS) {
                continue;
            }
            asked++;
            Path jcmd = java.get().resolveSibling(java.get().getFileName().toString().replace("java", "jcmd"));
            dump(jcmd, p.pid()).ifPresent(d -> all.append("=== JVM ").append(p.pid()).append(": ")
                    .append(p.info().commandLine().orElse("(command line unknown)")).append('\n')
                    .append(d).append('\n'));
        }
        return all.toString();
    }

    /**
     * The threads of every deadlock the JVMs reported in {@code dumps}, one line each: who waits
     * for which lock held by whom, and the first line of code outside the JDK where it waits.
     * Empty when no JVM reported a deadlock.
     */
    static List<String> deadlockedThreads(String dumps) {
        List<String> lines = new ArrayList<>();
        for (int at = dumps.indexOf(DEADLOCK); at >= 0; at = dumps.indexOf(DEADLOCK, at + 1)) {
            Matcher end = REPORT_END.matcher(dumps);
            String report = dumps.substring(at, end.find(at + 1) ? end.start() : dumps.length());
            int stacksAt = report.indexOf(STACKS);
            String cycle = stacksAt < 0 ? report : report.substring(0, stacksAt);
            Map<String, String> whereWaits = stacksAt < 0 ? Map.of() : whereEachWaits(report.substring(stacksAt));
            Matcher w = WAITER.matcher(cycle);
            while (w.find()) {
                String lock = (w.group(2) != null ? w.group(2) : w.group(3)).replaceFirst("\\$(Nonfair|Fair)?Sync$", "");
                String owner = w.group(4) != null ? "\"" + w.group(4) + "\"" : w.group(5);
                String where = whereWaits.get(w.group(1));
                lines.add("\"" + w.group(1) + "\" waits for a " + lock + " held by " + owner
                        + (where == null ? "" : ", at " + where));
            }
        }
        return List.copyOf(lines);
    }

    /** For each thread of a deadlock report's stacks, its first frame outside the JDK. */
    private static Map<String, String> whereEachWaits(String stacks) {
        Map<String, String> where = new LinkedHashMap<>();
        Matcher s = STACK.matcher(stacks);
        while (s.find()) {
            Matcher f = FRAME.matcher(s.group(2));
            String first = null;
            while (f.find()) {
                String frame = f.group(1);
                if (first == null) {
                    first = frame;
                }
                if (!frame.matches("(java|javax|jdk|sun|com\\.sun)\\..*")) {
                    first = frame;
                    break;
                }
            }
            if (first != null) {
                where.putIfAbsent(s.group(1), first);
            }
        }
        return where;
    }

    /** The {@code java} executable that runs {@code p}, as the system knows it; empty when {@code p} is no JVM. */
    private static Optional<Path> javaOf(ProcessHandle p) {
        return p.info().command().map(Path::of)
                .filter(java -> java.getFileName().toString().equals("java") || java.getFileName().toString().equals("java.exe"));
    }

    /** The file's text, or of a file larger than {@link #MAX_DUMP_BYTES} its head and its tail (where deadlocks are). */
    private static String headAndTail(Path file) throws IOException {
        long size = Files.size(file);
        if (size <= MAX_DUMP_BYTES) {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        }
        byte[] head = new byte[MAX_DUMP_BYTES / 2];
        byte[] tail = new byte[MAX_DUMP_BYTES / 2];
        try (FileChannel ch = FileChannel.open(file)) {
            ch.read(ByteBuffer.wrap(head), 0);
            ch.read(ByteBuffer.wrap(tail), size - tail.length);
        }
        return new String(head, StandardCharsets.UTF_8) + "\n[... " + (size - MAX_DUMP_BYTES) + " bytes of the dump not kept ...]\n"
                + new String(tail, StandardCharsets.UTF_8);
    }

    /** {@code jcmd pid Thread.print}, within {@link #ANSWER_LIMIT}; empty when it gave no dump. */
    private static Optional<String> dump(Path jcmd, long pid) {
        Path out = null;
        try {
            out = Files.createTempFile("grader-threads-", ".txt");
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print", "-l")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(ANSWER_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String text = headAndTail(out);
            return p.exitValue() == 0 && text.contains("Full thread dump") ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // a temporary file left behind is no reason to stop grading
                }
            }
        }
    }
}
