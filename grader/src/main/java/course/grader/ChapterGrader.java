package course.grader;

import course.kit.jcstress.JcstressRun;
import course.kit.learn.Course;
import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.ScoreboardFile;
import course.kit.score.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades one chapter of a submission: builds it from the pristine course with the student's
 * starter files laid over it, runs its tests in a Maven process that cannot outlive its limits,
 * and reads each exercise's result from the test reports Maven wrote.
 *
 * <p>When a run is stopped (a timeout, a flood of output) or its test JVM dies
 * ({@code System.exit}, {@code Runtime.halt}, a crash), the exercises that finished before keep
 * their results and each of the others runs again alone, with only its own race tests: the one
 * at fault fails with the reason, the others get their own results. An exercise whose timing gate was inconclusive runs again, alone,
 * up to the number of retries.
 */
final class ChapterGrader {

    private static final Pattern JAVAC_ERROR = Pattern.compile("(?m)^\\[ERROR\\] (\\S+\\.java):\\[(\\d+),\\d+\\] (.*)$");
    private static final Pattern EXIT_CODE = Pattern.compile("Process Exit Code: (-?\\d+)");
    private static final Pattern FORK_ERROR = Pattern.compile("There was an error in the forked process\\R\\[ERROR\\] ([^\\r\\n]+)");
    /** What Maven prints when the tests, and with them the student's code, start to run. */
    private static final String SUREFIRE_STARTS = "--- surefire:";
    /** How long compiling a chapter may take before its tests start. */
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(10);
    private static final long MAX_SCOREBOARD_BYTES = 4L * 1024 * 1024;
    /** The most harness logs kept per run, and their size in all: the kit writes one for jcstress and a few for JMH. */
    static final int MAX_HARNESS_LOGS = 8;
    static final long MAX_HARNESS_LOG_BYTES = 8L * 1024 * 1024;
    /**
     * The disk budget of one run: what the chapter's {@code target/} may hold. A run of the
     * solutions stores 1-11 MB there (classes, results, flight recordings); past this it is stopped.
     */
    static final long MAX_TARGET_BYTES = 256L * 1024 * 1024;

    /** The grader could not build the course at all: the machine, not the submission, is at fault. */
    static final class EnvironmentFailure extends RuntimeException {
        EnvironmentFailure(String message) {
            super(message);
        }
    }

    private final Course course;
    private final Settings settings;
    private final Path submission;
    private final Path workBase;
    private final Path logs;
    private final PrintStream out;
    /** Where the test JVMs run; empty when bubblewrap is missing here. */
    private final Optional<Sandbox> sandbox;
    /** The kit this course installs, its sources hashed once; set by {@link #installKit}. */
    private InstalledKit kit;
    /** When the submission's time budget runs out, on {@link System#nanoTime()}'s clock. */
    private final long budgetEnds;
    /** What {@link #repairKit} found changed before a run, for the chapter's notes. */
    private final List<String> kitRepairs = new ArrayList<>();

    ChapterGrader(Course course, Settings settings, Path submission, Path workBase, Path logs, PrintStream out,
                  Optional<Sandbox> sandbox) {
        this.course = course;
        this.sandbox = sandbox;
        this.settings = settings;
        this.submission = submission;
        this.workBase = workBase;
        this.logs = logs;
        this.out = out;
        this.budgetEnds = System.nanoTime() + settings.budget().toNanos();
    }

    /**
     * The result of one exercise, before points are given.
     *
     * @param harnessFailed a check failed because the kit could not run jcstress or JMH at all
     *                      (its own exception type, not a message student code could print)
     */
    record Outcome(Verdict verdict, String reason, List<Grades.Check> checks, boolean harnessFailed) {
        static Outcome failed(String reason) {
            return new Outcome(Verdict.FAIL, reason, List.of(), false);
        }

        /** This outcome with every path into {@code copy} made relative to it (see {@link #relative}). */
        Outcome relativeTo(Path copy) {
            return new Outcome(verdict, relative(reason, copy), checks.stream()
                    .map(c -> new Grades.Check(c.name(), c.verdict(), relative(c.measured(), copy),
                            relative(c.threshold(), copy), relative(c.message(), copy)))
                    .toList(), harnessFailed);
        }
    }

    /**
     * {@code text} with the run's copy of the course left out of its paths: {@code 01-mutex/target/...},
     * not a work folder whose name changes from run to run, so that grading a class twice gives the
     * same reports.
     */
    static String relative(String text, Path copy) {
        return text == null ? null : text.replace(copy + "/", "").replace(copy.toString(), ".");
    }

    /** How a Maven run of the chapter ended. */
    private enum Ending { FINISHED, COMPILE_ERROR, STOPPED, OUT_OF_TIME }

    /** One Maven run: how it ended, and what it reported for the classes it was asked to run. */
    private record Round(Ending ending, String reason, Map<String, Outcome> reported,
                         Workspace.Overlay overlay) {
    }

    /** What is left of the submission's time budget: zero once it is spent. */
    private Duration budgetLeft() {
        return Duration.ofNanos(Math.max(0, budgetEnds - System.nanoTime()));
    }

    /** The submission's time budget, as every note and reason names it. */
    private String budget() {
        return "the submission's time budget of " + settings.budget().toSeconds() + " s (--budget)";
    }

    private String outOfTime() {
        return "not run: " + budget() + " was spent before this run";
    }

    Grades.Chapter grade(ChapterSpec chapter) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        Map<String, Outcome> results = new LinkedHashMap<>();
        Map<String, Integer> attempts = new LinkedHashMap<>();
        List<String> pending = chapter.exercises().stream().map(ExerciseSpec::testClass).distinct()
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        String outcome = "graded";
        int run = 1;
        Round first = runRound(chapter, List.of(), "run1");
        notes.addAll(first.overlay().refused().stream().map(f -> "not taken: " + f).toList());
        if (first.ending() != Ending.OUT_OF_TIME) {
            pending.forEach(c -> attempts.merge(c, 1, Integer::sum));
        }
        if (first.ending() == Ending.OUT_OF_TIME) {
            outcome = "out of time";
            pending.forEach(c -> results.put(c, Outcome.failed(first.reason())));
            pending.clear();
        } else if (!first.overlay().present()) {
            outcome = "not submitted";
            String why = "not submitted: the submission has no " + chapter.name() + "/src/main/java/"
                    + String.join(", ", chapter.packages());
            pending.forEach(c -> results.put(c, Outcome.failed(why)));
            pending.clear();
        } else if (first.ending() == Ending.COMPILE_ERROR) {
            outcome = "compile error";
            pending.forEach(c -> results.put(c, Outcome.failed(first.reason())));
            pending.clear();
        }
        for (var e : first.reported().entrySet()) {
            results.put(e.getKey(), e.getValue());
            pending.remove(e.getKey());
        }
        if (first.ending() == Ending.FINISHED) {
            pending.forEach(c -> results.put(c, Outcome.failed(
                    "no test report: its checks did not run (" + first.reason() + ")")));
            pending.clear();
        } else if (!pending.isEmpty()) {
            // The run was stopped or its JVM died: whichever exercise did it, the ones without a
            // report run again one at a time, so that each keeps its own result and its own reason.
            int unreported = pending.size();
            int ranAlone = 0;
            for (String c : List.copyOf(pending)) {
                run++;
                Round alone = runRound(chapter, List.of(c), "run" + run);
                if (alone.ending() != Ending.OUT_OF_TIME) {
                    attempts.merge(c, 1, Integer::sum);
                    ranAlone++;
                }
                results.put(c, alone.reported().getOrDefault(c, Outcome.failed(alone.ending() == Ending.FINISHED
                        ? "no test report: its checks did not run" : alone.reason())));
                pending.remove(c);
            }
            notes.add("run 1 stopped (" + first.reason() + "); " + (ranAlone == unreported
                    ? "the " + unreported + " exercises without a report ran again one at a time"
                    : ranAlone + " of the " + unreported + " exercises without a report ran again one at a time"
                            + " before " + budget() + " was spent"));
        }
        for (String c : List.copyOf(results.keySet())) {
            for (int retry = 0; retry < settings.retries() && worthAnotherRun(results.get(c)); retry++) {
                if (budgetLeft().isZero()) {
                    notes.add(simple(c) + " was not run again: " + budget() + " was spent");
                    break;
                }
                run++;
                Round again = runRound(chapter, List.of(c), "run" + run + "-retry");
                attempts.merge(c, 1, Integer::sum);
                Outcome o = again.reported().get(c);
                if (o != null) {
                    results.put(c, o);
                } else if (again.ending() != Ending.FINISHED) {
                    results.put(c, Outcome.failed(again.reason()));
                }
            }
        }
        List<Grades.Exercise> exercises = new ArrayList<>();
        for (ExerciseSpec spec : chapter.exercises()) {
            Outcome o = Objects.requireNonNullElse(results.get(spec.testClass()), Outcome.failed("not run"));
            int earned = o.verdict() == Verdict.PASS || o.verdict() == Verdict.INCONCLUSIVE && settings.inconclusiveFull()
                    ? spec.points() : 0;
            exercises.add(new Grades.Exercise(spec.id(), spec.title(), spec.points(), earned, o.verdict(),
                    o.reason(), o.checks(), attempts.getOrDefault(spec.testClass(), 0)));
        }
        notes.addAll(kitRepairs);
        kitRepairs.clear();
        exercises.sort(Comparator.comparing(Grades.Exercise::id));
        int earned = exercises.stream().mapToInt(Grades.Exercise::earned).sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Grades.Chapter(chapter.name(), chapter.points(), earned, outcome, exercises, List.copyOf(notes),
                Math.round(seconds * 10) / 10.0);
    }

    /**
     * Builds the pristine grading kit and installs it in the local Maven repository, so that
     * each run of a chapter builds only the chapter (the kit takes longer to compile than most
     * chapters take to test); skipped when the kit is installed already, unchanged. No student
     * code runs here.
     */
    void installKit() throws IOException, InterruptedException {
        if (kit == null) {
            kit = InstalledKit.of(course.root(), InstalledKit.defaultRepository());
        }
        if (kit.changed().isEmpty()) {
            out.println("The grading kit of this course is installed already, unchanged");
            return;
        }
        Path work = workBase.resolve("kit");
        Workspace.deleteTree(work);
        Workspace.copyCourse(course.root(), work);
        List<String> command = new ArrayList<>(List.of(work.resolve("mvnw").toString(), "-B"));
        if (settings.offline()) {
            command.add("-o");
        }
        command.addAll(List.of("install", "-pl", "grading-kit", "-Dmaven.test.skip=true"));
        out.println("Building the grading kit from the pristine course ...");
        BoundedProcess.Result result = BoundedProcess.run(command, work, Map.of(), Duration.ofMinutes(10),
                settings.floodBytes());
        Files.writeString(logs.resolve("kit-install.log"), result.output());
        if (!settings.keepWork()) {
            Workspace.deleteTree(work);
        }
        if (result.exitCode() != 0) {
            throw new EnvironmentFailure("Maven could not build the grading kit (exit " + result.exitCode() + "): "
                    + lastError(result.output()) + offlineHint(result.output()) + "; see " + logs.resolve("kit-install.log"));
        }
        kit.record();
    }

    /**
     * Before a run of student code: the kit in the local repository as the grader installed it,
     * installed again if an earlier run changed it. Returns what changed, for the report.
     */
    private Optional<String> repairKit() throws IOException, InterruptedException {
        if (kit == null) {
            installKit();
        }
        List<String> changed = kit.changed();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        installKit();
        return Optional.of("the grading kit in the local Maven repository had changed since the grader installed it ("
                + String.join(", ", changed) + "): installed again before this chapter's run");
    }

    /**
     * Whether an exercise runs again: its timing gate was inconclusive, or the kit could not run
     * its race tests or benchmarks at all (a harness failure on a busy machine, not a verdict).
     */
    private static boolean worthAnotherRun(Outcome o) {
        return o.verdict() == Verdict.INCONCLUSIVE
                || o.verdict() == Verdict.FAIL && o.harnessFailed();
    }

    /** Builds a fresh work directory and runs the chapter's tests (only {@code classes}, if given). */
    private Round runRound(ChapterSpec chapter, List<String> classes, String label)
            throws IOException, InterruptedException {
        Duration left = budgetLeft();
        if (left.isZero()) {
            return new Round(Ending.OUT_OF_TIME, outOfTime(), Map.of(), new Workspace.Overlay(true, 0, List.of()));
        }
        repairKit().ifPresent(kitRepairs::add);
        Path work = workBase.resolve(chapter.name() + "-" + label);
        Workspace.deleteTree(work);
        Workspace.copyCourse(course.root(), work);
        Workspace.Overlay overlay = Workspace.overlay(chapter, submission, work);
        // The kit comes from the local repository (installKit), not from this reactor.
        Path config = work.resolve(".mvn/maven.config");
        if (Files.isRegularFile(config)) {
            Files.writeString(config, Files.readString(config).replaceAll("(?m)^\\s*(-am|--also-make)\\s*$", ""));
        }
        if (!overlay.present()) {
            Workspace.deleteTree(work);
            return new Round(Ending.FINISHED, "not submitted", Map.of(), overlay);
        }
        Path module = work.resolve(chapter.name());
        List<String> command = new ArrayList<>(List.of(work.resolve("mvnw").toString(), "-B"));
        if (settings.offline()) {
            command.add("-o");
        }
        command.addAll(List.of("test", "-pl", chapter.name(),
                "-Dmaven.test.failure.ignore=true",
                "-Dcourse.grader.jvm.flags=-Xmx" + settings.heap()));
        if (sandbox.isPresent()) {
            // The test JVM runs on the grader's own JDK, the course's, in the sandbox; Maven does not.
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            command.add("-Djvm=" + sandbox.get().launcher(work.resolve(".grader-sandbox"), java, work,
                    module.resolve("target")));
        }
        if (!classes.isEmpty()) {
            command.add("-Dtest=" + String.join(",", classes));
            command.add("-Dsurefire.failIfNoSpecifiedTests=false");
            List<String> races = chapter.exercises().stream().filter(e -> classes.contains(e.testClass()))
                    .flatMap(e -> e.raceTests().stream()).distinct().toList();
            if (!races.isEmpty()) {
                // jcstress runs every race test of the module at the first check that needs one;
                // alone, an exercise runs only its own, so another exercise's hang is not its fault.
                command.add("-Dcourse.jcstress.options=" + JcstressRun.DEFAULT_OPTIONS + " -t ^("
                        + races.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow() + ")$");
            }
        }
        String what = classes.isEmpty() ? "all " + chapter.exercises().size() + " exercises"
                : classes.stream().map(ChapterGrader::simple).reduce((a, b) -> a + ", " + b).orElse("");
        out.printf(Locale.ROOT, "  %s %s: %s ...%n", chapter.name(), label, what);
        // The limit starts when the tests do: compiling is no student code, and takes long on a busy machine.
        Duration limit = settings.timeout().compareTo(left) < 0 ? settings.timeout() : left;
        Path target = module.resolve("target");
        Path reports = target.resolve("surefire-reports");
        BoundedProcess.Result result = BoundedProcess.run(command, work, Map.of(), SUREFIRE_STARTS,
                BUILD_LIMIT.compareTo(left) < 0 ? BUILD_LIMIT : left, limit, settings.floodBytes(),
                new BoundedProcess.Disk(() -> dumpedStreams(reports), () -> Workspace.bytesUnder(target),
                        MAX_TARGET_BYTES));
        Files.writeString(logs.resolve(chapter.name() + "-" + label + ".log"), result.output());
        String threads = null;
        if (!result.threadDumps().isEmpty()) {
            Path file = logs.resolve(chapter.name() + "-" + label + "-threads.txt");
            Files.writeString(file, result.threadDumps());
            threads = logs.getParent().relativize(file).toString().replace('\\', '/');
        }
        try {
            keepHarnessLogs(target, logs.resolve(chapter.name() + "-" + label));
            Round round = read(chapter, classes, result, module, overlay, threads, limit);
            out.printf(Locale.ROOT, "  %s %s: %s in %d s%n", chapter.name(), label,
                    round.ending() == Ending.FINISHED ? "finished" : round.reason().lines().findFirst().orElse(""),
                    result.took().toSeconds());
            return round;
        } finally {
            if (!settings.keepWork()) {
                Workspace.deleteTree(work);
            }
        }
    }

    /**
     * The bytes surefire has written to its {@code .dumpstream} files: what a test JVM wrote to
     * file descriptor 1 past {@code System.out}, where surefire reads its events, lands there,
     * not on the console; it counts as output all the same.
     */
    static long dumpedStreams(Path reports) {
        long bytes = 0;
        try (var files = Files.newDirectoryStream(reports, "*.dumpstream")) {
            for (Path f : files) {
                bytes += Files.size(f);
            }
        } catch (IOException e) {
            // no reports folder yet, or a file that went away: nothing dumped that can be counted
        }
        return bytes;
    }

    /**
     * Copies what jcstress and JMH logged in this run next to the reports: the work directory goes
     * away. Student code can write files there too (100 of them made a 301 MB report folder), so
     * at most {@link #MAX_HARNESS_LOGS} files of {@link #MAX_HARNESS_LOG_BYTES} in all are kept.
     */
    static int keepHarnessLogs(Path target, Path into) {
        List<Path> logFiles = new ArrayList<>();
        logFiles.add(target.resolve("jcstress/console.log"));
        Path jmh = target.resolve("jmh");
        if (Files.isDirectory(jmh, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Workspace.walk(jmh).stream().filter(p -> p.toString().endsWith(".log")).forEach(logFiles::add);
        }
        int kept = 0;
        long bytes = 0;
        for (Path f : logFiles) {
            try {
                if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long size = Files.size(f);
                if (kept >= MAX_HARNESS_LOGS || bytes + size > MAX_HARNESS_LOG_BYTES) {
                    break;
                }
                Files.createDirectories(into);
                Files.copy(f, into.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                kept++;
                bytes += size;
            } catch (IOException e) {
                // a log is a help for the instructor, never a reason to stop grading
            }
        }
        return kept;
    }

    /**
     * How a run ended, and the outcome of each test class it reported on.
     *
     * @param threads where the thread dumps taken before the run was killed were kept (relative to
     *                the report), or null when there are none
     */
    private Round read(ChapterSpec chapter, List<String> classes, BoundedProcess.Result result, Path module,
                       Workspace.Overlay overlay, String threads, Duration limit) throws IOException {
        String output = result.output();
        boolean stopped = result.timedOut() || result.flooded() || result.overDisk();
        if (!stopped && result.exitCode() != 0 && isCompileError(output)) {
            return new Round(Ending.COMPILE_ERROR, compileError(output, module.getParent()), Map.of(),
                    overlay);
        }
        if (!stopped && result.exitCode() != 0 && !Files.isDirectory(module.resolve("target/test-classes"))) {
            throw new EnvironmentFailure("Maven could not build the pristine course for " + chapter.name()
                    + " (exit " + result.exitCode() + "): " + lastError(output) + offlineHint(output));
        }
        Map<String, ExerciseResult> figures = scoreboard(module.resolve("target").resolve(ScoreboardFile.NAME));
        Map<String, Outcome> reported = new LinkedHashMap<>();
        List<String> asked = classes.isEmpty()
                ? chapter.exercises().stream().map(ExerciseSpec::testClass).distinct().toList() : classes;
        for (String c : asked) {
            ExerciseSpec spec = chapter.exercises().stream().filter(e -> e.testClass().equals(c)).findFirst().orElseThrow();
            try {
                SurefireReports.read(module.resolve("target/surefire-reports"), c).ifPresent(cases ->
                        reported.put(c, outcome(spec, cases, figures.get(spec.id())).relativeTo(module.getParent())));
            } catch (IOException e) {
                // Maven may have been writing this report when a stopped run was killed (a flood that
                // went on after its class finished): no report then, and the reason the run stopped applies.
                if (!stopped && result.exitCode() == 0) {
                    reported.put(c, Outcome.failed(e.getMessage()));
                }
            }
        }
        if (result.timedOut()) {
            return new Round(Ending.STOPPED, timedOut(result.threadDumps(), threads, limit), reported, overlay);
        }
        if (result.flooded()) {
            return new Round(Ending.STOPPED, "output flood: printed more than " + settings.floodBytes() / (1024 * 1024)
                    + " MiB (on System.out and System.err, or straight to file descriptor 1), so the grader stopped it",
                    reported, overlay);
        }
        if (result.overDisk()) {
            return new Round(Ending.STOPPED, "disk flood: stored more than " + MAX_TARGET_BYTES / (1024 * 1024)
                    + " MiB of files in the chapter's target folder, so the grader stopped it", reported, overlay);
        }
        if (result.exitCode() != 0) {
            return new Round(Ending.STOPPED, relative(crashReason(output), module.getParent()), reported, overlay);
        }
        return new Round(Ending.FINISHED, "Maven finished without a report for it", reported, overlay);
    }

    /**
     * Why a run that was stopped at the time limit failed: a deadlock, with the threads of its
     * cycle and where each waits, when a JVM of the run reported one; else a hang of some kind.
     */
    private String timedOut(String threadDumps, String threads, Duration limit) {
        String head = limit.compareTo(settings.timeout()) < 0
                ? "timed out: the tests still ran when " + budget() + " was spent, " + limit.toSeconds()
                        + " s after they started"
                : "timed out: the tests still ran after the grader's limit of " + settings.timeout().toSeconds() + " s";
        List<String> deadlocked = ThreadDumps.deadlockedThreads(threadDumps);
        String reason = deadlocked.isEmpty()
                ? head + " (an endless loop, a deadlock, or a wait that never ends)"
                : head + ", deadlocked: each of these threads waits for a lock that another one holds\n  "
                        + String.join("\n  ", deadlocked);
        return threads == null ? reason : reason + "\nthe stacks of its threads: " + threads;
    }

    /**
     * The verdict of an exercise from its test report, which Maven writes where the test JVM
     * cannot: a verdict for every check the exercise's test class declares and for no other, else
     * nothing passes. Verdicts and reasons always come from the report; the scoreboard, which the
     * test JVM writes, adds its display names and measured figures only where it tells the same
     * story, check by check.
     */
    static Outcome outcome(ExerciseSpec spec, List<SurefireReports.TestCase> cases, ExerciseResult board) {
        if (cases.isEmpty()) {
            return Outcome.failed("the test report lists no checks: nothing ran, so nothing passed");
        }
        Optional<String> mismatch = mismatch(spec.checks(), cases.stream().map(c -> methodOf(c.name())).toList());
        if (mismatch.isPresent()) {
            return new Outcome(Verdict.FAIL, "the test report does not match the exercise's tests, so nothing passed: "
                    + mismatch.get(), cases.stream().map(c -> new Grades.Check(c.name(), c.verdict(), null, null, c.message())).toList(),
                    false);
        }
        Verdict verdict = cases.stream().map(SurefireReports.TestCase::verdict).max(Enum::compareTo).orElseThrow();
        boolean agrees = agrees(cases, board);
        List<Grades.Check> checks = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            SurefireReports.TestCase c = cases.get(i);
            CheckResult b = agrees ? board.checks().get(i) : null;
            checks.add(b == null ? new Grades.Check(c.name(), c.verdict(), null, null, c.message())
                    : new Grades.Check(b.name(), c.verdict(), b.measured(), b.threshold(), c.message()));
        }
        String reason = null;
        if (verdict != Verdict.PASS) {
            Grades.Check first = checks.stream().filter(c -> c.verdict() == verdict).findFirst().orElseThrow();
            reason = first.name() + ": " + Objects.requireNonNullElse(first.message(), "(no message)");
        }
        return new Outcome(verdict, reason, checks, cases.stream().anyMatch(SurefireReports.TestCase::harnessFailed));
    }

    /** What is wrong with the checks a report gives verdicts for, against those declared; empty when nothing. */
    private static Optional<String> mismatch(List<String> declared, List<String> reported) {
        List<String> problems = new ArrayList<>();
        List<String> missing = declared.stream().filter(d -> !reported.contains(d)).toList();
        if (!missing.isEmpty()) {
            problems.add("no verdict for " + String.join(", ", missing));
        }
        List<String> unknown = reported.stream().filter(r -> !declared.contains(r)).distinct().toList();
        if (!unknown.isEmpty()) {
            problems.add("verdicts for checks the tests do not declare: " + String.join(", ", unknown));
        }
        List<String> twice = reported.stream().filter(r -> reported.indexOf(r) != reported.lastIndexOf(r)).distinct().toList();
        if (!twice.isEmpty()) {
            problems.add("more than one verdict for " + String.join(", ", twice));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** The method of a report's test case: {@code noLostUpdate} of {@code noLostUpdate(TestReporter)}. */
    private static String methodOf(String testCase) {
        int paren = testCase.indexOf('(');
        return paren < 0 ? testCase : testCase.substring(0, paren);
    }

    /**
     * Whether the scoreboard (written inside the test JVM, so untrusted) tells the same story as
     * the report: as many checks, in the same order, each with the report's verdict and, where
     * one failed, a message the report's contains.
     */
    private static boolean agrees(List<SurefireReports.TestCase> cases, ExerciseResult board) {
        if (board == null || board.checks() == null || board.checks().size() != cases.size()) {
            return false;
        }
        for (int i = 0; i < cases.size(); i++) {
            SurefireReports.TestCase c = cases.get(i);
            CheckResult b = board.checks().get(i);
            if (b == null || b.verdict() != c.verdict()) {
                return false;
            }
            if (c.verdict() != Verdict.PASS) {
                String said = b.message() == null ? "" : b.message().strip().lines().findFirst().orElse("");
                if (said.isEmpty() || c.message() == null || !c.message().contains(said)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The scoreboard's exercises by id; empty when it is missing, too large or unreadable. */
    private static Map<String, ExerciseResult> scoreboard(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SCOREBOARD_BYTES) {
                return Map.of();
            }
            Scoreboard board = ScoreboardFile.read(file);
            Map<String, ExerciseResult> byId = new LinkedHashMap<>();
            for (ExerciseResult e : board.exercises()) {
                byId.put(e.id(), e);
            }
            return byId;
        } catch (RuntimeException | IOException e) {
            return Map.of();
        }
    }

    private static boolean isCompileError(String output) {
        return output.contains("COMPILATION ERROR") || output.contains("Compilation failure");
    }

    private static String compileError(String output, Path work) {
        List<String> errors = new ArrayList<>();
        Matcher m = JAVAC_ERROR.matcher(output);
        while (m.find() && errors.size() < 5) {
            String line = relative(m.group(1), work) + ":" + m.group(2) + ": " + m.group(3).strip();
            if (!errors.contains(line)) {
                errors.add(line);
            }
        }
        boolean tests = output.contains("testCompile");
        String head = tests ? "compile error: the chapter's tests do not compile against this code"
                : "compile error";
        return errors.isEmpty() ? head : head + ": " + String.join("; ", errors);
    }

    private static String crashReason(String output) {
        if (output.contains("There was a timeout in the fork") || output.contains("There was a timeout or other error in the fork")) {
            return "timed out: the test JVM ran past surefire's limit and was killed";
        }
        String oom = output.contains("java.lang.OutOfMemoryError") ? " (an OutOfMemoryError was printed)" : "";
        if (output.contains("terminated without properly saying goodbye") || output.contains("VM crash or System.exit")
                || output.contains("The forked VM terminated")) {
            Matcher code = EXIT_CODE.matcher(output);
            String status = code.find() ? ", exit status " + code.group(1) : "";
            return "the test JVM exited before this exercise finished: System.exit, Runtime.halt or a crash"
                    + status + oom;
        }
        Matcher forkError = FORK_ERROR.matcher(output);
        if (forkError.find()) {
            String cause = forkError.group(1).strip();
            return cause.contains("heap space") || cause.contains("OutOfMemoryError")
                    ? "the test JVM ran out of memory (OutOfMemoryError: " + cause + ") and could not go on"
                    : "the test JVM failed: " + cause;
        }
        return "the build failed: " + lastError(output) + oom;
    }

    /** Where Maven, run offline, missed something: how to let it download. Empty otherwise. */
    private String offlineHint(String output) {
        return settings.offline() && output.contains("offline")
                ? " (Maven ran offline and lacks it: run once with --offline=false to download it)" : "";
    }

    private static String lastError(String output) {
        return output.lines().filter(l -> l.startsWith("[ERROR]") && l.length() > 8).findFirst()
                .map(l -> l.substring(8).strip()).orElse("(no error message)");
    }

    private static String simple(String testClass) {
        return testClass.substring(testClass.lastIndexOf('.') + 1);
    }
}
