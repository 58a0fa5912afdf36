package course.kit.jcstress;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.vm.VMSupport;

import course.kit.HarnessFailure;
import course.kit.KitSettings;
import course.kit.ProcessorOutput;
import course.kit.ReportDir;

/**
 * Runs a module's jcstress tests in-process, once per JVM (jcstress keeps global state, so a
 * second run in the same JVM is not supported), and hands out one {@link JcstressVerdict} per
 * test class.
 *
 * <p>The budget: {@code -iters 3 -time 100 -f 1 -pth false}, one compilation mode ({@code -sc false}), measured to catch a lost-update
 * counter in 10 of 10 runs on a 2-core machine in about 10 s per module ({@code -m sanity}
 * missed half the time). The console output and the HTML report go to
 * {@code target/jcstress/}.
 */
public final class JcstressRun {

    /** The time-budgeted jcstress options; override with {@code -Dcourse.jcstress.options=...}. */
    public static final String DEFAULT_OPTIONS = "-iters 3 -time 100 -f 1 -pth false -sc false";

    /**
     * JVM flags added to every jcstress fork, after the test JVM's own (which forks inherit). Naming them turns off jcstress's flag
     * auto-detection, which would otherwise run each test in several extra JVM modes and take
     * minutes instead of seconds.
     */
    public static final String FORK_FLAGS = "-Xms256m -Xmx256m";

    private static Map<String, JcstressVerdict> verdicts;
    private static RuntimeException failedRun;

    private JcstressRun() {
    }

    /**
     * The verdict for one jcstress test class, running every jcstress test of the module first
     * if that has not happened yet in this JVM.
     *
     * @throws IllegalStateException when the test is not in the module's test list, or jcstress
     *                               produced no result for it: nothing ran, so nothing passed
     * @throws HarnessFailure        when jcstress itself failed to run
     */
    public static synchronized JcstressVerdict verdictOf(Class<?> test) {
        String name = test.getName();
        ProcessorOutput.require("jcstress", TestList.LIST, TestList.class);
        requireListed(TestList.tests(), name);
        if (failedRun != null) {
            throw failedRun;
        }
        if (verdicts == null) {
            try {
                verdicts = runAll();
            } catch (RuntimeException e) {
                failedRun = e; // jcstress runs once per JVM, even when that run failed
                throw e;
            }
        }
        JcstressVerdict verdict = verdicts.get(name);
        if (verdict == null) {
            throw new IllegalStateException("jcstress produced no result for " + name
                    + "; see " + logFile() + " for what it printed");
        }
        return verdict;
    }

    /** Refuses to grade from a selection that cannot contain {@code name}: nothing would run. */
    static void requireListed(Collection<String> listed, String name) {
        if (listed.isEmpty()) {
            throw new IllegalStateException("jcstress selection is empty: no META-INF/TestList with tests on the "
                    + "class path. Were the tests compiled with the jcstress annotation processor?");
        }
        if (!listed.contains(name)) {
            throw new IllegalStateException("jcstress test " + name + " is not in META-INF/TestList "
                    + "(listed: " + listed + "). Is it annotated with @JCStressTest?");
        }
    }

    private static Map<String, JcstressVerdict> runAll() {
        Path dir = ReportDir.get().resolve("jcstress");
        Path results = dir.resolve("results.bin.gz");
        deleteEarlierResults(results);
        KitSettings settings = KitSettings.current();
        List<String> args = new ArrayList<>(List.of(
                Objects.requireNonNullElse(settings.jcstressOptions(), DEFAULT_OPTIONS).trim().split("\\s+")));
        int filter = args.indexOf("-t");
        Pattern selected = Pattern.compile(filter < 0 ? ".*" : args.get(filter + 1));
        if (filter >= 0) {
            args.subList(filter, filter + 2).clear();
        }
        args.addAll(List.of("-t", sampledTests(TestList.tests().stream()
                .filter(name -> selected.matcher(name).matches()).toList())));
        args.addAll(List.of("-jvmArgs", FORK_FLAGS, "-r", dir.resolve("report").toString()));
        PrintStream console = System.out;
        try (PrintStream log = new PrintStream(Files.newOutputStream(ReportDir.prepared(logFile())), true)) {
            console.println("[jcstress] running " + TestList.tests().size() + " race tests, log: " + logFile());
            System.setOut(log);
            settings.restoreJvmProperties(); // jcstress starts its forks with java.home's java and java.class.path
            skipCpuBurn();
            Options options = new ResultFileOptions(args.toArray(String[]::new), results);
            if (!options.parse()) {
                throw new IllegalStateException("jcstress rejected its options: " + args);
            }
            new JCStress(options).run();
        } catch (AssertionError e) {
            // jcstress reports failed tests by throwing; the verdicts are read from the results below
        } catch (Exception e) {
            throw new HarnessFailure("jcstress failed to run; see " + logFile(), e);
        } finally {
            System.setOut(console);
        }
        return readResults(results);
    }

    /**
     * Before it runs anything, jcstress keeps every CPU busy for a second or more, counting the CPUs
     * until their number stops growing (on some machines idle ones come online late). It counts
     * them with {@code Runtime.availableProcessors()}, as the JVM already has by the time tests run:
     * giving it that count saves the second. Should a later jcstress rename the field, it burns.
     */
    private static void skipCpuBurn() {
        try {
            Field hotCpus = VMSupport.class.getDeclaredField("HOT_CPUS");
            hotCpus.setAccessible(true);
            if (hotCpus.getInt(null) == -1) {
                hotCpus.setInt(null, Runtime.getRuntime().availableProcessors());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // jcstress counts them itself
        }
    }

    /**
     * A {@code -t} filter for every selected test but the termination tests: {@link TerminationRun}
     * runs those with a deadline of its own, where jcstress would wait 30 s for each stuck actor.
     */
    static String sampledTests(Collection<String> selected) {
        return selected.stream().filter(name -> !isTermination(name)).map(Pattern::quote)
                .collect(Collectors.joining("|", "^(", ")$"));
    }

    private static boolean isTermination(String name) {
        try {
            return TerminationRun.isTerminationTest(Class.forName(name, false, JcstressRun.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false; // jcstress itself reports a listed class that is missing
        }
    }

    /** Results left by an earlier run would be read as this run's when jcstress cannot start its forks. */
    private static void deleteEarlierResults(Path results) {
        try {
            Files.deleteIfExists(results);
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete the results of an earlier jcstress run, " + results
                    + ": they could be read as this run's. Delete the file and run again.", e);
        }
    }

    private static Map<String, JcstressVerdict> readResults(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("jcstress wrote no results file (" + file + "): its forks did not run. "
                    + "Run the chapter with Maven from the course root (./mvnw test -pl CHAPTER); see " + logFile());
        }
        InProcessCollector collector = new InProcessCollector();
        try {
            DiskReadCollector reader = new DiskReadCollector(file.toString(), collector);
            reader.dump();
            reader.close();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read jcstress results " + file, e);
        }
        Map<String, java.util.List<TestResult>> byTest = collector.getTestResults().stream()
                .collect(Collectors.groupingBy(TestResult::getName, TreeMap::new, Collectors.toList()));
        return byTest.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> JcstressVerdict.of(e.getKey(), e.getValue()), (a, b) -> a, TreeMap::new));
    }

    static Path logFile() {
        return ReportDir.get().resolve("jcstress").resolve("console.log");
    }


    /** jcstress writes its result blob to the working directory; this keeps it under target/. */
    private static final class ResultFileOptions extends Options {
        private final Path resultFile;

        ResultFileOptions(String[] args, Path resultFile) {
            super(args);
            this.resultFile = resultFile;
        }

        @Override
        public String getResultFile() {
            return resultFile.toString();
        }
    }
}
