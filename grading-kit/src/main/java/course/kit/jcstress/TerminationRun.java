package course.kit.jcstress;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.TestReporter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;

import course.kit.Figures;
import course.kit.KitSettings;
import course.kit.ReportDir;

/**
 * Runs a jcstress {@link Mode#Termination} test (one {@code @Actor} that waits in a loop, one
 * {@code @Signal} that ends the wait) in a JVM of its own, the way jcstress runs it, with a
 * deadline of {@link #SAMPLE_DEADLINE_MS} per sample instead of jcstress's fixed 30 s. Such a
 * test finds the read that the JIT hoisted out of a loop: once the actor's loop is compiled, a
 * read that nothing orders after the other thread's write is done once, and the loop never ends.
 * A stuck actor cannot be stopped, so the fork exits and takes it along.
 *
 * <p>Measured on 2 cores (JDK 25): a plain field read was stuck after 3 to 12 samples, in about
 * 0.7 s with the fork; a correct reader finished {@link #SAMPLES} samples in under 1 s.
 */
public final class TerminationRun {

    /** Samples per run: each starts a fresh actor, lets it loop, then signals it. */
    static final int SAMPLES = 200;
    /** How long an actor may take to finish once signalled. */
    static final long SAMPLE_DEADLINE_MS = 500;
    /** How long the actor loops before the signal, so that the loop gets compiled. */
    static final long SPIN_BEFORE_SIGNAL_MS = 2;
    private static final long FORK_LIMIT_SECONDS = 60;
    private static final String STALE = "STALE";
    private static final String TERMINATED = "TERMINATED";

    private TerminationRun() {
    }

    /**
     * Runs {@code test} in a fork and fails the calling check, quoting the test's own STALE
     * outcome, when an actor never saw the signal.
     */
    public static void assertTerminates(Class<?> test, TestReporter reporter) {
        requireTerminationTest(test);
        String result = fork(test);
        String[] words = result.split(" ");
        long samples = Long.parseLong(words[1]);
        boolean stale = words[0].equals(STALE);
        Figures.report(reporter, (stale ? "an actor stuck after " : "every actor finished, ") + Figures.count(samples)
                + " samples", "every actor finishes");
        if (stale) {
            throw new AssertionError(test.getSimpleName() + ": in sample " + Figures.count(samples) + ", once the waiting "
                    + "loop was compiled, it never ended (" + SAMPLE_DEADLINE_MS + " ms after the signal):\n  [STALE] "
                    + describe(test, STALE));
        }
    }

    private static void requireTerminationTest(Class<?> test) {
        if (!isTerminationTest(test)) {
            throw new IllegalArgumentException(test.getName() + " is not a @JCStressTest(Mode.Termination)");
        }
    }

    /** Whether {@code test} is a jcstress termination test: this class runs it, not {@link JcstressRun}. */
    static boolean isTerminationTest(Class<?> test) {
        JCStressTest annotation = test.getAnnotation(JCStressTest.class);
        return annotation != null && annotation.value() == Mode.Termination;
    }

    private static String describe(Class<?> test, String id) {
        return Arrays.stream(test.getAnnotationsByType(Outcome.class))
                .filter(o -> Arrays.asList(o.id()).contains(id)).map(Outcome::desc).findFirst().orElse(id);
    }

    private static String fork(Class<?> test) {
        Path log = ReportDir.prepared(ReportDir.get().resolve("jcstress").resolve(test.getSimpleName() + ".log"));
        KitSettings settings = KitSettings.current();
        List<String> command = new ArrayList<>(List.of(settings.tool("java").toString(),
                "-Xms64m", "-Xmx64m", "-cp", settings.classPath(),
                TerminationRun.class.getName(), test.getName()));
        try {
            Process fork = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!fork.waitFor(FORK_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                fork.destroyForcibly();
                throw new IllegalStateException("the fork running " + test.getSimpleName() + " did not exit within "
                        + FORK_LIMIT_SECONDS + " s; see " + log);
            }
            List<String> lines = Files.readAllLines(log);
            return lines.stream().filter(l -> l.startsWith(STALE + " ") || l.startsWith(TERMINATED + " ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the fork running " + test.getSimpleName()
                            + " gave no result (exit " + fork.exitValue() + "); see " + log));
        } catch (IOException e) {
            throw new IllegalStateException("cannot fork a JVM for " + test.getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + test.getSimpleName(), e);
        }
    }

    /** The fork: runs the samples and prints {@code TERMINATED n} or {@code STALE n}, then exits. */
    public static void main(String[] args) throws Exception {
        Class<?> test = Class.forName(args[0]);
        Method actor = only(test, Actor.class);
        Method signal = only(test, Signal.class);
        for (int sample = 1; sample <= SAMPLES; sample++) {
            Object state = test.getConstructor().newInstance();
            Thread waiting = new Thread(() -> invoke(actor, state), "actor");
            waiting.setDaemon(true);
            waiting.start();
            waiting.join(SPIN_BEFORE_SIGNAL_MS);
            invoke(signal, state);
            waiting.join(SAMPLE_DEADLINE_MS);
            if (waiting.isAlive()) {
                System.out.println(STALE + " " + sample);
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        }
        System.out.println(TERMINATED + " " + SAMPLES);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static Method only(Class<?> test, Class<? extends java.lang.annotation.Annotation> annotation) {
        List<Method> found = Arrays.stream(test.getMethods()).filter(m -> m.isAnnotationPresent(annotation)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(test.getName() + " needs exactly one @" + annotation.getSimpleName());
        }
        return found.get(0);
    }

    private static void invoke(Method method, Object state) {
        try {
            method.invoke(state);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method.getName() + " threw", e.getCause());
        }
    }
}
