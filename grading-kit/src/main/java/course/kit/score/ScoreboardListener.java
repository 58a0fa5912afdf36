package course.kit.score;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.TestAbortedException;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.KitSettings;
import course.kit.measure.Deadlocks;
import course.kit.chart.ScoreboardPage;

/**
 * Collects the results of every check that belongs to an {@link Exercise} and, when the run
 * ends, prints the chapter's scoreboard and writes it to {@code target/scoreboard.json}, and its
 * charts to {@code target/scoreboard.html}.
 * Registered with the JUnit Platform through {@code META-INF/services}, so a chapter needs no
 * set-up. A run without exercises (the kit's own tests) prints nothing.
 */
public final class ScoreboardListener implements TestExecutionListener {

    /** The scoreboard as text, as it was printed or as the build prints it. */
    public static final String TEXT = "scoreboard.txt";

    /**
     * Written instead of printing when the build prints the scoreboard last ({@link #PRINTED_BY_BUILD}):
     * {@code red} when a check of this run failed, else {@code green}. The build prints
     * {@link #TEXT}, deletes this file, and exits 1 on red.
     */
    public static final String PENDING = "scoreboard.pending";

    /**
     * System property set by the build when it prints the scoreboard itself, after Maven's own
     * lines, so that the scoreboard is the last thing a student sees.
     */
    public static final String PRINTED_BY_BUILD = "course.scoreboard.printedByBuild";

    /**
     * Taken when the JUnit Platform creates this listener: before any graded code runs. Only in
     * surefire's own JVM (which sets {@code surefire.test.class.path}): an IDE that copies the
     * build's system properties into its launcher still gets the scoreboard printed.
     */
    private final boolean printedByBuild = Boolean.getBoolean(PRINTED_BY_BUILD)
            && System.getProperty("surefire.test.class.path") != null;
    private KitSettings settings = KitSettings.read();
    private final boolean toldByBuild = KitSettings.toldByBuild();
    private KitSettings replaced;
    private TestPlan plan;
    private final Map<String, Map<String, String>> figures = new ConcurrentHashMap<>();
    private final Map<Exercise, List<CheckResult>> results = new LinkedHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        if (!toldByBuild) {
            // An IDE's own launcher: write where surefire would, for the module of the tests.
            firstTestClass(testPlan).ifPresent(c -> settings = settings.forModuleOf(c));
        }
        this.replaced = KitSettings.install(settings);
        try {
            Files.deleteIfExists(settings.reportDir().resolve(PENDING)); // a run that dies leaves none
        } catch (IOException e) {
            System.out.println("(cannot delete " + settings.reportDir().resolve(PENDING) + ": " + e.getMessage() + ")");
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        figures.computeIfAbsent(test.getUniqueId(), k -> new ConcurrentHashMap<>()).putAll(entry.getKeyValuePairs());
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        List<TestIdentifier> skipped = test.isTest() ? List.of(test)
                : plan.getDescendants(test).stream().filter(TestIdentifier::isTest).toList();
        for (TestIdentifier t : skipped) {
            record(t, Verdict.FAIL, CheckResult.SKIPPED, "skipped (" + reason + "): a check that does not run never passes");
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        switch (result.getStatus()) {
            case SUCCESSFUL -> record(test, Verdict.PASS, null, null);
            case ABORTED -> {
                boolean inconclusive = thrown instanceof TestAbortedException
                        && String.valueOf(thrown.getMessage()).startsWith("INCONCLUSIVE");
                record(test, inconclusive ? Verdict.INCONCLUSIVE : Verdict.FAIL,
                        inconclusive ? null : CheckResult.SKIPPED, message(thrown));
            }
            case FAILED -> record(test, Verdict.FAIL,
                    thrown instanceof AssertionError ? CheckResult.ASSERTION : CheckResult.ERROR,
                    withDeadlockIfTimedOut(message(thrown), thrown));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        KitSettings.install(replaced);
        if (results.isEmpty()) {
            return;
        }
        List<ExerciseResult> exercises = results.entrySet().stream()
                .map(e -> new ExerciseResult(e.getKey().id(), e.getKey().title(), e.getKey().points(),
                        e.getKey().hint(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(ExerciseResult::id))
                .toList();
        Path file = settings.reportDir().resolve(ScoreboardFile.NAME);
        Scoreboard board = ScoreboardFile.completed(new Scoreboard(settings.chapter(), exercises), file);
        ScoreboardFile.write(board, file);
        String text = ScoreboardText.render(board, file.toString(), charts(board, settings.reportDir()));
        Path textFile = settings.reportDir().resolve(TEXT);
        try {
            Files.writeString(textFile, text);
            if (printedByBuild) {
                boolean red = results.values().stream().flatMap(List::stream).anyMatch(c -> c.verdict() == Verdict.FAIL);
                Files.writeString(settings.reportDir().resolve(PENDING), red ? "red" : "green");
                return;
            }
        } catch (IOException e) {
            System.out.println("(the scoreboard could not be written to " + textFile + ": " + e.getMessage() + ")");
        }
        System.out.println();
        System.out.print(text);
        System.out.flush();
    }

    /** Writes the charts page and says where it is, or why there is none: a page never fails the run. */
    private static String charts(Scoreboard board, Path reportDir) {
        Path page = reportDir.resolve(ScoreboardPage.NAME);
        try {
            ScoreboardPage.write(board, page);
            return page.toUri().toString();
        } catch (RuntimeException e) {
            return "not written (" + e.getMessage() + ")";
        }
    }

    private synchronized void record(TestIdentifier test, Verdict verdict, String failure, String message) {
        Optional<Method> method = sourceMethod(test);
        Optional<Exercise> exercise = exerciseOf(test);
        if (exercise.isEmpty()) {
            return;
        }
        Map<String, String> figure = figures.getOrDefault(test.getUniqueId(), Map.of());
        boolean gate = method.map(m -> m.isAnnotationPresent(Gate.class)).orElse(false);
        results.computeIfAbsent(exercise.get(), k -> new ArrayList<>()).add(new CheckResult(
                test.getDisplayName(), verdict, gate, failure, message,
                figure.get(Figures.MEASURED), figure.get(Figures.THRESHOLD)));
    }

    private static Optional<Class<?>> firstTestClass(TestPlan testPlan) {
        return testPlan.getRoots().stream().flatMap(root -> testPlan.getDescendants(root).stream())
                .map(t -> t.getSource().flatMap(ScoreboardListener::classOf)).flatMap(Optional::stream).findFirst();
    }

    private Optional<Method> sourceMethod(TestIdentifier test) {
        for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
            Optional<TestSource> source = t.getSource();
            if (source.isPresent() && source.get() instanceof MethodSource ms) {
                try {
                    return Optional.of(ms.getJavaMethod());
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Exercise> exerciseOf(TestIdentifier test) {
        for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
            Optional<Class<?>> type = t.getSource().flatMap(ScoreboardListener::classOf);
            for (Class<?> c = type.orElse(null); c != null; c = c.getEnclosingClass()) {
                Exercise e = c.getAnnotation(Exercise.class);
                if (e != null) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> classOf(TestSource source) {
        try {
            if (source instanceof MethodSource ms) {
                return Optional.of(ms.getJavaClass());
            }
            if (source instanceof ClassSource cs) {
                return Optional.of(cs.getJavaClass());
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A check that ran out of time is often stuck in a deadlock: if the JVM sees one now, the
     * message names its threads and locks, so a timeout says why instead of only how long.
     */
    private static String withDeadlockIfTimedOut(String message, Throwable thrown) {
        if (!(thrown instanceof TimeoutException)) {
            return message;
        }
        return Deadlocks.find().map(deadlock -> message + "\n" + deadlock).orElse(message);
    }

    private static String message(Throwable t) {
        if (t == null) {
            return null;
        }
        String m = t.getMessage();
        boolean plain = t instanceof AssertionError || t instanceof TestAbortedException;
        String kind = plain ? "" : t.getClass().getSimpleName() + ": ";
        return kind + (m == null ? "(no message)" : m.strip());
    }
}
