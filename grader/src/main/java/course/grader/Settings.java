package course.grader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to grade, from the command line ({@code --name=value}; Maven passes its {@code -Dname=value}
 * properties on as these).
 *
 * @param course         the pristine course (default: the working directory)
 * @param submission     the student's copy: a directory, a .zip, a .tar or a .tar.gz
 * @param report         where the reports go
 * @param work           where the chapters are built; deleted when grading ends unless {@code keepWork}
 * @param chapters       the chapters to grade; empty means all
 * @param timeout        wall-clock limit of the tests in one Maven run of a chapter (compiling is not counted)
 * @param budget         wall-clock limit of all the runs of one submission, first runs and reruns together
 * @param heap           the test JVM's maximum heap, as in {@code 1g}
 * @param floodBytes     a run that prints more than this is stopped
 * @param retries        how many more times an exercise that came out inconclusive is run
 * @param inconclusiveFull whether an exercise that stays inconclusive earns its points (else none)
 * @param offline        run Maven offline ({@code -o}): the course's dependencies are already local
 * @param keepWork       keep the work directories for a look afterwards
 * @param sandbox        run the test JVMs in a bubblewrap sandbox when bubblewrap works here
 */
record Settings(Path course, Path submission, Path report, Path work, List<String> chapters, Duration timeout,
                Duration budget, String heap, long floodBytes, int retries, boolean inconclusiveFull, boolean offline,
                boolean keepWork, boolean sandbox) {

    static final String USAGE = """
            usage: grade SUBMISSION [--report=DIR] [--chapters=01-mutex,02-false-sharing]
                         [--timeout=330] [--budget=2400] [--heap=1g] [--flood-mib=20] [--retries=2]
                         [--inconclusive=zero|full] [--offline=true] [--keep-work=false]
                         [--sandbox=true] [--work=DIR] [--course=DIR]
              SUBMISSION  the student's copy of the course: a directory, .zip, .tar, .tar.gz or .tgz
              --report    where grade.md, grade.json, results.json and junit.xml go (default: grade-report)
              --chapters  grade only these chapters, by name (01-mutex) or number (01) (default: all)
              --timeout   seconds the tests of one run may take before they are stopped (compiling not counted)
              --budget    seconds all the runs of one submission may take; what is left when they are spent
                          is not run, and the report says so
              --heap      maximum heap of the JVM that runs student code
              --flood-mib a run that prints more than this many MiB is stopped
              --retries   runs more for an exercise whose timing gate was inconclusive
              --inconclusive  what an exercise that stays inconclusive earns: zero (default) or full
              --offline   run Maven offline (default); false lets it download what is missing
              --keep-work keep the folders the chapters were built in; --work says where they go
              --sandbox   run student code in a bubblewrap sandbox when bwrap works here (default);
                          false: with the grader's rights, as where bubblewrap is missing
            exit status: 0 when grading worked, whatever the score; non-zero when the grader could not
            run: a usage error, or a course it cannot build here (no JDK 21+, dependencies missing offline)
            """;

    /** Parses {@code --name=value} arguments; the first bare argument is the submission. */
    static Settings parse(String[] args) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> bare = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                named.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            } else if (!a.isBlank()) {
                bare.add(a);
            }
        }
        String submission = named.containsKey("submission") ? named.remove("submission") : bare.isEmpty() ? null : bare.remove(0);
        if (submission == null || submission.isBlank()) {
            throw new IllegalArgumentException("no submission given");
        }
        if (!bare.isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + bare);
        }
        Path course = Path.of(named.getOrDefault("course", ".")).toAbsolutePath().normalize();
        Path report = Path.of(orDefault(named.remove("report"), "grade-report")).toAbsolutePath().normalize();
        String work = named.remove("work");
        String chapters = orDefault(named.remove("chapters"), "");
        String inconclusive = orDefault(named.remove("inconclusive"), "zero").toLowerCase(Locale.ROOT);
        if (!inconclusive.equals("zero") && !inconclusive.equals("full")) {
            throw new IllegalArgumentException("--inconclusive is zero or full, not " + inconclusive);
        }
        named.remove("course");
        Settings s = new Settings(course, Path.of(submission).toAbsolutePath().normalize(), report,
                work == null || work.isBlank() ? null : Path.of(work).toAbsolutePath().normalize(),
                chapters.isBlank() ? List.of() : List.of(chapters.split("\\s*,\\s*")),
                Duration.ofSeconds(positive("timeout", named.remove("timeout"), 330)),
                Duration.ofSeconds(positive("budget", named.remove("budget"), 2400)),
                orDefault(named.remove("heap"), "1g"),
                positive("flood-mib", named.remove("flood-mib"), 20) * 1024 * 1024,
                (int) nonNegative("retries", named.remove("retries"), 2),
                inconclusive.equals("full"),
                bool("offline", named.remove("offline"), true),
                bool("keep-work", named.remove("keep-work"), false),
                bool("sandbox", named.remove("sandbox"), true));
        if (!named.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + named.keySet());
        }
        if (!s.heap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("--heap is a size such as 1g or 768m, not " + s.heap);
        }
        return s;
    }

    /** The policy as the reports state it, as in {@code retry-2,zero}. */
    String inconclusivePolicy() {
        return "retry-" + retries + "," + (inconclusiveFull ? "full" : "zero");
    }

    private static String orDefault(String v, String d) {
        return v == null || v.isBlank() ? d : v;
    }

    private static long positive(String option, String v, long d) {
        long n = number(option, v, d);
        if (n <= 0) {
            throw new IllegalArgumentException("--" + option + " is a number above zero, not " + v);
        }
        return n;
    }

    private static long nonNegative(String option, String v, long d) {
        long n = number(option, v, d);
        if (n < 0) {
            throw new IllegalArgumentException("--" + option + " is zero or more, not " + v);
        }
        return n;
    }

    /** {@code v} as true or false, {@code d} when it is empty. */
    private static boolean bool(String option, String v, boolean d) {
        String b = orDefault(v, Boolean.toString(d)).strip().toLowerCase(Locale.ROOT);
        if (!b.equals("true") && !b.equals("false")) {
            throw new IllegalArgumentException("--" + option + " is true or false, not " + v);
        }
        return b.equals("true");
    }

    /** {@code v} as a whole number, {@code d} when it is empty. */
    private static long number(String option, String v, long d) {
        if (v == null || v.isBlank()) {
            return d;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " is a whole number, not " + v);
        }
    }
}
