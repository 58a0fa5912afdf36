package course.kit.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import course.kit.HarnessFailure;
import course.kit.KitSettings;
import course.kit.ProcessorOutput;
import course.kit.ReportDir;

/**
 * Runs JMH benchmarks from a JUnit test and returns their throughput. Each benchmark runs in a
 * fork of its own with the JVM flags given here, never those of the test JVM (JMH forks
 * inherit surefire's {@code argLine} otherwise). The budget is small, about 2.3 s a benchmark
 * (1.1 s for the calibration probe): the gates built on it compare ratios with a wide margin, not
 * absolute numbers.
 */
public final class Benchmarks {

    /** Flags of every benchmark fork; a gate may add more (for example {@code -XX:+AlwaysPreTouch}). */
    public static final List<String> FORK_FLAGS = List.of(
            "-Xms512m", "-Xmx512m", "-Dsun.misc.unsafe.memory.access=allow");

    /** A line of JMH's log that says why a run failed: an exception or an error, else a fork that died. */
    private static final List<Pattern> PROBLEMS = List.of(Pattern.compile("(Exception|Error)\\b"),
            Pattern.compile("^<forked VM failed"));

    static {
        // JMH allows one run per machine at a time (a lock file in the temp directory), so a
        // second chapter graded at the same moment would error out. Two runs at once disturb
        // each other's figures instead, which the gates' calibration reports as inconclusive.
        System.setProperty("jmh.ignoreLock", "true");
    }

    private Benchmarks() {
    }

    /**
     * Runs the named benchmark methods of {@code benchmarks} at {@code threads} threads and
     * returns operations per microsecond (all threads together), in the order asked for.
     *
     * @throws IllegalStateException when a benchmark produced no score: nothing was measured
     * @throws HarnessFailure        when JMH itself failed to run (a benchmark that threw included)
     */
    public static Map<String, Double> throughput(Class<?> benchmarks, int threads, List<String> extraFlags,
                                                 String... methods) {
        return throughput(Budget.MEASURE, benchmarks, threads, extraFlags, methods);
    }

    /**
     * How long a benchmark warms up and is measured. The code under test gets {@link #MEASURE}; the
     * calibration probe, a loop of arithmetic that the JIT compiles at once and that runs the same
     * on every iteration, gets {@link #PROBE}, which saves about 1.2 s a fork.
     */
    enum Budget {
        MEASURE(2, 300, 3, 400),
        PROBE(1, 200, 2, 200);

        final int warmups;
        final int warmupMillis;
        final int measurements;
        final int measurementMillis;

        Budget(int warmups, int warmupMillis, int measurements, int measurementMillis) {
            this.warmups = warmups;
            this.warmupMillis = warmupMillis;
            this.measurements = measurements;
            this.measurementMillis = measurementMillis;
        }
    }

    static Map<String, Double> throughput(Budget budget, Class<?> benchmarks, int threads, List<String> extraFlags,
                                          String... methods) {
        ProcessorOutput.require("JMH", BenchmarkList.BENCHMARK_LIST, Runner.class);
        Path log = ReportDir.get().resolve("jmh").resolve(benchmarks.getSimpleName() + "-" + String.join("-", methods)
                + "-" + threads + "t.log");
        List<String> flags = new ArrayList<>(FORK_FLAGS);
        flags.addAll(extraFlags);
        KitSettings settings = KitSettings.current();
        Options options = new OptionsBuilder()
                .jvm(settings.tool("java").toString())
                .include(Pattern.quote(benchmarks.getName()) + "\\.(" + String.join("|", methods) + ")$")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.MICROSECONDS)
                .threads(threads)
                .forks(1)
                .warmupIterations(budget.warmups)
                .warmupTime(TimeValue.milliseconds(budget.warmupMillis))
                .measurementIterations(budget.measurements)
                .measurementTime(TimeValue.milliseconds(budget.measurementMillis))
                .jvmArgs(flags.toArray(String[]::new))
                .timeout(TimeValue.seconds(20)) // a benchmark that hangs is interrupted, not waited for
                .shouldFailOnError(true)
                .output(ReportDir.prepared(log).toString())
                .build();
        Collection<RunResult> results;
        try {
            settings.restoreJvmProperties(); // JMH gives its forks java.class.path
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new HarnessFailure("JMH failed to run " + Arrays.toString(methods) + firstProblemIn(log)
                    + "; see " + log, e);
        }
        Map<String, Double> scores = results.stream().collect(Collectors.toMap(
                r -> r.getParams().getBenchmark().substring(benchmarks.getName().length() + 1),
                r -> r.getPrimaryResult().getScore()));
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String m : methods) {
            Double score = scores.get(m);
            if (score == null || score.isNaN() || score <= 0) {
                throw new IllegalStateException("JMH benchmark " + benchmarks.getSimpleName() + "." + m
                        + " produced no score; see " + log);
            }
            ordered.put(m, score);
        }
        return ordered;
    }

    /**
     * The first line of JMH's log that names an exception or error (a benchmark that threw, a fork
     * that could not load a class), else the line saying a fork died, as {@code ": <line>"}; empty
     * when there is none.
     */
    static String firstProblemIn(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            return "";
        }
        return PROBLEMS.stream().flatMap(p -> lines.stream().map(String::strip).filter(p.asPredicate()).limit(1))
                .findFirst().map(l -> ": " + l).orElse("");
    }

}
