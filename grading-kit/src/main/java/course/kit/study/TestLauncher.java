package course.kit.study;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import course.kit.Exercise;

/**
 * Runs the tests in one class folder the way the build's surefire finds them, for machines
 * without Maven (the study's device runs, {@code docs/reliability/device}). The kit's
 * scoreboard listener joins in as it does under surefire, through the launcher's service file.
 * The JVM flags, {@code course.reportDir}, {@code course.chapter} and surefire's JUnit
 * configuration parameters come from the command line as system properties. With
 * {@code -Dcourse.exercise=01.2,01.3} only those exercises' tests run (the answer proof's runs).
 *
 * <pre>
 * java [flags] -cp CLASSPATH course.kit.study.TestLauncher TEST_CLASSES
 * </pre>
 *
 * {@code TEST_CLASSES} is a folder of test classes or a test jar.
 *
 * Exits 0 when every test passed and 1 otherwise; a red starter is no error here either.
 */
public final class TestLauncher {

    /** Surefire's default includes: Test*, *Test, *Tests and *TestCase classes. */
    private static final String[] INCLUDES = {"(.*\\.)?Test[^.]*", ".*Test", ".*Tests", ".*TestCase"};

    /** System property naming the exercises to run, as {@code 01.1,01.3}. */
    public static final String EXERCISE_PROPERTY = "course.exercise";

    private TestLauncher() {
    }

    /** Keeps the tests of the exercises {@code ids} (comma-separated); every test when {@code ids} is null. */
    static PostDiscoveryFilter exercise(String ids) {
        Set<String> wanted = ids == null ? Set.of() : new java.util.HashSet<>(java.util.List.of(ids.split(",")));
        return descriptor -> {
            if (ids == null || descriptor.getSource().isEmpty()) {
                return FilterResult.included("every exercise");
            }
            Optional<Exercise> exercise = exerciseOf(descriptor);
            return FilterResult.includedIf(exercise.map(e -> wanted.contains(e.id())).orElse(false),
                    () -> "exercise " + ids, () -> "not exercise " + ids);
        };
    }

    private static Optional<Exercise> exerciseOf(TestDescriptor descriptor) {
        Class<?> type = descriptor.getSource().map(source -> source instanceof ClassSource c ? c.getJavaClass()
                : source instanceof MethodSource m ? m.getJavaClass() : null).orElse(null);
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (c.isAnnotationPresent(Exercise.class)) {
                return Optional.of(c.getAnnotation(Exercise.class));
            }
        }
        return Optional.empty();
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp CLASSPATH " + TestLauncher.class.getName() + " TEST_CLASSES");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(Path.of(args[0]).toAbsolutePath())))
                .filters(includeClassNamePatterns(INCLUDES), exercise(System.getProperty(EXERCISE_PROPERTY)))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, summary);
        PrintWriter out = new PrintWriter(System.out, true);
        summary.getSummary().printFailuresTo(out, 0);
        summary.getSummary().printTo(out);
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
