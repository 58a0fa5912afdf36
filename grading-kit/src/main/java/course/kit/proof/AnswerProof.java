package course.kit.proof;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import course.kit.jcstress.JcstressRun;
import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.ScoreboardFile;
import course.kit.score.Verdict;
import course.kit.study.TestLauncher;

/**
 * Grades a chapter's answer corpus ({@code solutions/NN-chapter/answers/}): plausible answers
 * of students, each dropped into the solved chapter, each graded by its exercise's checks.
 * A wrong answer must fail by the assertion of the check its note names, and by no crash,
 * timeout or skip; an accepted answer must pass every check.
 *
 * <p>An answer is a folder named {@code <exercise id>-<what it does>}, as
 * {@code 01.2-spin-lock}, holding the Java files that replace the solution's files of the same
 * name and a {@link Answer#NOTE}: its first line says what the answer must get, as
 * {@code Expected: fails "two simultaneous hits always count as two (jcstress)"} or
 * {@code Expected: passes}, and a paragraph says what the student was thinking.
 *
 * <p>Usage, from the solution module (its test class path is this JVM's):
 * {@code AnswerProof <chapter> <answers dir> <work dir> "<test JVM flags>" "<JUnit configuration>"}
 * (surefire's lines, {@code key = value}, passed on as system properties). Exits 1 with the
 * list of problems when the corpus is not graded as its notes say.
 */
public final class AnswerProof {

    /**
     * System property with the Java release answers are compiled for (the build passes the
     * course's). Source and target, not --release, so that an answer may use @Contended, as
     * chapter 02's build allows.
     */
    static final String RELEASE_PROPERTY = "course.release";

    /** The most one answer's run may take; a run still going then is a problem, not a hang. */
    static final long RUN_LIMIT_SECONDS = 240;

    /** Reruns of a run in which a check could not judge an answer, as a timing gate on a busy machine. */
    static final int RERUNS_WHEN_INCONCLUSIVE = 2;

    /** The system property that selects answers ({@link #selected}). */
    static final String SELECTION_PROPERTY = "course.answers";

    /** The file in the work folder that says which run graded which answer. */
    public static final String MANIFEST = "answers.tsv";

    private static final String INCONCLUSIVE_VERDICT = "got " + Verdict.INCONCLUSIVE + " from";

    private AnswerProof() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: AnswerProof <chapter> <answers dir> <work dir> \"<test JVM flags>\" "
                    + "\"<JUnit configuration lines>\"");
            System.exit(2);
        }
        String chapter = args[0];
        Path corpus = Path.of(args[1]);
        Path work = Path.of(args[2]);
        List<String> flags = new ArrayList<>(Arrays.stream(args[3].trim().split("\\s+")).filter(f -> !f.isEmpty()).toList());
        args[4].lines().map(String::strip).filter(l -> l.contains("="))
                .forEach(l -> flags.add("-D" + l.substring(0, l.indexOf('=')).strip() + "=" + l.substring(l.indexOf('=') + 1).strip()));
        String selection = System.getProperty(SELECTION_PROPERTY, "");
        List<Answer> answers = selected(Answer.all(corpus), selection);
        List<Path> solutionSources = javaFiles(corpus.resolveSibling(Path.of("src", "main", "java")));
        List<List<Answer>> rounds = rounds(answers, a -> a.replacesClassUsedBy(solutionSources));
        System.out.println();
        if (answers.isEmpty()) {
            System.out.println("Answer corpus of " + chapter + ": " + (selection.isBlank()
                    ? "none yet (no answer folders in " + corpus + ")" : "no answer matches " + SELECTION_PROPERTY + "=" + selection));
            return;
        }
        System.out.println("Answer corpus of " + chapter + ": " + answers.size() + " answers in " + corpus + ", graded in "
                + rounds.size() + " runs");
        writeManifest(work, rounds);
        int passed = 0;
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            long start = System.nanoTime();
            Map<Answer, Optional<String>> verdicts = prove(rounds.get(r), chapter, work.resolve("run-" + (r + 1)), flags);
            for (int rerun = 1; rerun <= RERUNS_WHEN_INCONCLUSIVE && inconclusive(verdicts); rerun++) {
                System.out.printf("  run %d of %d: a check was inconclusive (a busy machine?), rerun %d of %d%n",
                        r + 1, rounds.size(), rerun, RERUNS_WHEN_INCONCLUSIVE);
                verdicts = prove(rounds.get(r), chapter, work.resolve("run-" + (r + 1)), flags);
            }
            System.out.printf("  run %d of %d (%.0f s):%n", r + 1, rounds.size(), (System.nanoTime() - start) / 1e9);
            for (Map.Entry<Answer, Optional<String>> v : verdicts.entrySet()) {
                if (v.getValue().isEmpty()) {
                    passed++;
                    System.out.println("    ok       " + v.getKey());
                } else {
                    problems.add(v.getKey().name() + ": " + v.getValue().get());
                    System.out.println("    PROBLEM  " + v.getKey() + "\n             "
                            + v.getValue().get().replace("\n", "\n             "));
                }
            }
        }
        System.out.println("answers: " + passed + " passed, " + problems.size() + " failed");
        ProofProblems.add(work.toAbsolutePath().getParent(), "Answer corpus of " + chapter
                + " (each answer graded as its note says):", problems);
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    /** The answers named by {@code selection} (exercise ids or answer names, comma-separated); all when it is blank. */
    static List<Answer> selected(List<Answer> answers, String selection) {
        Set<String> wanted = Arrays.stream(selection.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        return wanted.isEmpty() ? answers
                : answers.stream().filter(a -> wanted.contains(a.exercise()) || wanted.contains(a.name())).toList();
    }

    /**
     * Writes {@code answers.tsv} in {@code work}: each answer's name, its exercise, what it must get
     * ({@code passes}, or the check that must fail it) and the run folder whose scoreboard grades it.
     * The reliability study reads it to know which scoreboard holds which answer.
     */
    private static void writeManifest(Path work, List<List<Answer>> rounds) throws IOException {
        List<String> lines = new ArrayList<>(List.of(String.join("\t", "answer", "exercise", "expected", "run")));
        for (int r = 0; r < rounds.size(); r++) {
            for (Answer a : rounds.get(r)) {
                lines.add(String.join("\t", a.name(), a.exercise(), a.accepted() ? "passes" : a.failingCheck(),
                        "run-" + (r + 1)));
            }
        }
        Files.createDirectories(work);
        Files.write(work.resolve(MANIFEST), lines);
    }

    /** Whether some verdict of a run is a check's "inconclusive", which a quieter rerun may settle. */
    private static boolean inconclusive(Map<Answer, Optional<String>> verdicts) {
        return verdicts.values().stream().anyMatch(v -> v.filter(p -> p.contains(INCONCLUSIVE_VERDICT)).isPresent());
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /**
     * Answers that replace different files share a run: each run grades the exercises of its
     * answers, one answer per exercise, so one JVM start, one jcstress run and one JMH run serve
     * several answers. Runs are never concurrent, so timing gates still run alone. An answer for
     * which {@code alone} holds (other exercises' code uses what it replaces) has a run of its own.
     */
    static List<List<Answer>> rounds(List<Answer> answers, Predicate<Answer> alone) {
        List<List<Answer>> rounds = new ArrayList<>();
        List<List<Answer>> single = new ArrayList<>();
        for (Answer answer : answers) {
            if (alone.test(answer)) {
                single.add(new ArrayList<>(List.of(answer)));
                continue;
            }
            List<Answer> fits = rounds.stream().filter(round -> round.stream().noneMatch(a -> a.overlaps(answer)))
                    .findFirst().orElse(null);
            if (fits == null) {
                fits = new ArrayList<>();
                rounds.add(fits);
            }
            fits.add(answer);
        }
        rounds.addAll(single);
        return rounds;
    }

    /** Compiles the answers over the solution, runs their exercises' checks in one JVM, and judges each. */
    static Map<Answer, Optional<String>> prove(List<Answer> round, String chapter, Path dir, List<String> flags)
            throws IOException {
        deleteRecursively(dir);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = System.getProperty("java.class.path");
        Map<Answer, Optional<String>> verdicts = new LinkedHashMap<>();
        List<Answer> compiled = new ArrayList<>();
        for (Answer answer : round) {
            Optional<String> error = compile(answer, classes, classPath);
            verdicts.put(answer, error);
            if (error.isEmpty()) {
                compiled.add(answer);
            }
        }
        if (compiled.isEmpty()) {
            return verdicts;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"));
        command.add("-Dcourse.reportDir=" + dir);
        command.add("-Dcourse.chapter=" + chapter);
        command.add("-D" + TestLauncher.EXERCISE_PROPERTY + "="
                + compiled.stream().map(Answer::exercise).collect(Collectors.joining(",")));
        command.add("-Dcourse.jcstress.options=" + JcstressRun.DEFAULT_OPTIONS + " -t "
                + compiled.stream().map(Answer::raceTests).collect(Collectors.joining("|")));
        command.add("-cp");
        command.add(classes + File.pathSeparator + classPath);
        command.add(TestLauncher.class.getName());
        command.add(testJar(classPath, chapter, dir.getParent().getParent()).toString());
        Path log = dir.resolve("log.txt");
        Optional<String> failedRun = run(command, log);
        Path file = dir.resolve(ScoreboardFile.NAME);
        Scoreboard board = failedRun.isEmpty() && Files.exists(file) ? ScoreboardFile.read(file).ranNow() : null;
        for (Answer answer : compiled) {
            verdicts.put(answer, board != null ? judge(answer, board)
                    : Optional.of(failedRun.orElseGet(() -> "its checks wrote no scoreboard: " + lastWords(log))));
        }
        return verdicts;
    }

    private static Optional<String> run(List<String> command, Path log) throws IOException {
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!run.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
                return Optional.of("its checks still ran after " + RUN_LIMIT_SECONDS + " s; see " + log);
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.destroyForcibly();
            return Optional.of("interrupted");
        }
    }

    /**
     * Why a test JVM ended without a scoreboard, from its log: the JVM's crash banner (the
     * signal and the frame) when it crashed, else the log's last lines.
     */
    static String lastWords(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            return "its log " + log + " cannot be read: " + e.getMessage();
        }
        List<String> crash = lines.stream().filter(l -> l.matches("#\\s+(SIGSEGV|SIGBUS|SIGILL|SIGFPE|EXCEPTION_|Internal Error|V  \\[|J  |C  \\[).*"))
                .limit(2).toList();
        List<String> words = crash.isEmpty() ? lines.stream().filter(l -> !l.isBlank()).toList() : crash;
        return (crash.isEmpty() ? "its log ends" : "the JVM crashed") + " (" + log + "):\n  "
                + String.join("\n  ", words.subList(Math.max(0, words.size() - 10), words.size()));
    }

    /** Empty when the scoreboard shows what the answer's note expects; else what went otherwise. */
    static Optional<String> judge(Answer answer, Scoreboard board) {
        Optional<ExerciseResult> found = board.exercises().stream()
                .filter(e -> e.id().equals(answer.exercise())).findFirst();
        if (found.isEmpty()) {
            return Optional.of("exercise " + answer.exercise() + " did not run");
        }
        ExerciseResult exercise = found.get();
        if (exercise.checks().isEmpty()) {
            return Optional.of("exercise " + answer.exercise() + " ran no check");
        }
        for (CheckResult c : exercise.checks()) {
            if (c.verdict() == Verdict.FAIL && !CheckResult.ASSERTION.equals(c.failure())) {
                return Optional.of("'" + c.name() + "' failed by " + c.failure() + ", not by its assertion: "
                        + firstLine(c.message()));
            }
        }
        if (answer.accepted()) {
            Optional<String> failed = exercise.checks().stream().filter(c -> c.verdict() == Verdict.FAIL).findFirst()
                    .map(c -> "an accepted answer failed '" + c.name() + "': " + firstLine(c.message()));
            // a timed check may be inconclusive on a busy machine; any other that cannot judge withholds the points (rerun first)
            return failed.or(() -> exercise.checks().stream()
                    .filter(c -> c.verdict() == Verdict.INCONCLUSIVE && !CheckResult.isTiming(c.name())).findFirst()
                    .map(c -> "an accepted answer " + INCONCLUSIVE_VERDICT + " '" + c.name() + "': " + firstLine(c.message())));
        }
        Optional<CheckResult> named = exercise.checks().stream()
                .filter(c -> c.name().equals(answer.failingCheck())).findFirst();
        if (named.isEmpty()) {
            return Optional.of("no check is named '" + answer.failingCheck() + "'; the exercise's checks: "
                    + exercise.checks().stream().map(CheckResult::name).toList());
        }
        if (named.get().verdict() != Verdict.FAIL) {
            return Optional.of("a wrong answer got " + named.get().verdict() + " from '" + answer.failingCheck()
                    + "'" + (named.get().measured() == null ? "" : " (measured: " + named.get().measured() + ")")
                    + (exercise.verdict() == Verdict.PASS ? ", and earned the exercise's points" : ""));
        }
        return Optional.empty();
    }

    private static Optional<String> compile(Answer answer, Path classes, String classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home") + ": run on a JDK");
        }
        String release = System.getProperty(RELEASE_PROPERTY, "21");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath,
                "-source", release, "-target", release, "-Xlint:-options", "-proc:none", "-nowarn",
                "--add-exports", "java.base/jdk.internal.vm.annotation=ALL-UNNAMED"));
        answer.sources().forEach(p -> args.add(p.toString()));
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        return status == 0 ? Optional.empty() : Optional.of("does not compile:\n" + errors);
    }

    /**
     * The chapter's compiled tests on the class path: its test jar ({@code 01-mutex-1.0-SNAPSHOT-tests.jar}),
     * or in a reactor build its {@code 01-mutex/target/test-classes} folder; never the solution's own, empty one.
     */
    static Path testJar(String classPath, String chapter, Path ownTarget) {
        return Arrays.stream(classPath.split(File.pathSeparator)).map(Path::of)
                .filter(p -> !p.toAbsolutePath().startsWith(ownTarget.toAbsolutePath()))
                .filter(p -> p.getFileName().toString().startsWith(chapter + "-") && p.toString().endsWith("-tests.jar")
                        || p.endsWith(Path.of(chapter, "target", "test-classes")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no tests of " + chapter + " on the class path: " + classPath));
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
