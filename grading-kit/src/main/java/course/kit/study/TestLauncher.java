package course.kit.study;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs the tests in one class folder the way the build's surefire finds them, for machines
 * without Maven (the study's device runs, {@code docs/reliability/device}). The kit's
 * scoreboard listener joins in as it does under surefire, through the launcher's service file.
 * The JVM flags, {@code course.reportDir}, {@code course.chapter} and surefire's JUnit
 * configuration parameters come from the command line as system properties.
 *
 * <pre>
 * java [flags] -cp CLASSPATH course.kit.study.TestLauncher TEST_CLASSES
 * </pre>
 *
 * Exits 0 when every test passed and 1 otherwise; a red starter is no error here either.
 */
public final class TestLauncher {

    /** Surefire's default includes: Test*, *Test, *Tests and *TestCase classes. */
    private static final String[] INCLUDES = {"(.*\\.)?Test[^.]*", ".*Test", ".*Tests", ".*TestCase"};

    private TestLauncher() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp CLASSPATH " + TestLauncher.class.getName() + " TEST_CLASSES");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(Path.of(args[0]).toAbsolutePath())))
                .filters(includeClassNamePatterns(INCLUDES))
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
