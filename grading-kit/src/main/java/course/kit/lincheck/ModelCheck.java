package course.kit.lincheck;

import static org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt.forClasses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.junit.jupiter.api.TestReporter;

import course.kit.Figures;
import course.kit.ReportDir;

/**
 * Model-checks a class of operations with <a href="https://github.com/JetBrains/lincheck">Lincheck</a>:
 * it runs small concurrent scenarios of the operations (methods annotated with Lincheck's
 * {@code @Operation}) under schedules it chooses itself, switching threads at every shared
 * read, write, lock and park, and reports the first schedule that breaks the property.
 *
 * <ul>
 *   <li>{@link #assertNonBlocking}: no thread ever waits for a thread that is paused inside an
 *       operation (obstruction-freedom). This holds for every way of waiting at once:
 *       {@code synchronized}, {@code java.util.concurrent} locks, read locks, semaphores and
 *       hand-made spin loops are all locks to it.
 *   <li>{@link #assertLinearizable}: every result the threads saw could have come from the
 *       operations run one at a time, in some order consistent with when they ran.
 *   <li>{@link #assertNoDeadlock}: no schedule leaves the threads waiting for each other for ever.
 * </ul>
 *
 * <p>Lincheck assumes sequential consistency: it finds interleavings, not the stale reads the
 * Java memory model allows (jcstress's termination tests find those). The JDK's atomics and
 * concurrent collections are treated as single steps, each call on one element: they are the
 * building blocks a solution may use, and exploring their insides would cost minutes, not
 * seconds. Their bulk methods ({@code putAll}, {@code clear}, ...) are explored element by element.
 *
 * <pre>{@code
 * ModelCheck.of(RequestCounterModel.class)
 *         .assertNonBlocking(reporter, "increment()", "Give each thread its own cell ...");
 * }</pre>
 */
public final class ModelCheck {

    /**
     * Scenarios and schedules per scenario. Measured on 2 cores (JDK 25): a lock of any kind in
     * a two-operation counter is found in the first scenario, in under a second; a correct
     * {@code LongAdder} counter is explored in about 2 s.
     */
    static final int SCENARIOS = 10;
    static final int SCHEDULES_PER_SCENARIO = 200;

    /**
     * Iterations of one loop before Lincheck suspects a spin loop, and the most it explores. Its
     * defaults took a correct sum() over 16 striped cells for a spin loop; these let a loop over
     * 64 cells through and still catch a spin lock, a semaphore or a monitor in the first scenario.
     */
    static final int LOOP_ITERATIONS_BEFORE_SWITCH = 256;
    static final int LOOP_BOUND = 1_024;

    /** JDK classes whose methods count as one step each. */
    static final List<String> ATOMIC_PREFIXES = List.of(
            "java.util.concurrent.atomic.",
            "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentSkipListMap",
            "java.util.concurrent.ConcurrentLinkedQueue",
            "java.util.concurrent.ConcurrentLinkedDeque");

    /**
     * Methods of those classes that act on many elements: {@code putAll}, {@code clear}, bulk
     * removals. The JDK does not make them atomic either (a reader sees a {@code putAll} half
     * done), so Lincheck explores the steps between their elements.
     */
    static final Set<String> BULK_METHODS = Set.of("putAll", "clear", "addAll", "removeAll", "retainAll", "removeIf",
            "replaceAll", "forEach", "toArray", "toString", "equals", "hashCode");

    /**
     * How long one schedule may run before Lincheck gives up on it. Its own limit is far longer: a
     * transfer that retries with tryLock() and a timed park kept it busy for 100 s before it
     * reported a hang with no schedule.
     */
    static final long INVOCATION_TIMEOUT_MS = 5_000;

    /** Lincheck's heading when a schedule ran past that limit: a thread dump, and no schedule to show. */
    private static final String TIMED_OUT_HEADING = "= The execution has hung, see the thread dump =";

    private static final String SCHEDULE_START = "The following interleaving leads to the error:";
    private static final String TRACE_START = "Detailed trace:";

    private final Class<?> operations;
    private int actorsPerThread = 2;
    private int actorsBefore = 0;
    private Class<?> sequentialSpecification;

    private ModelCheck(Class<?> operations) {
        this.operations = operations;
    }

    /** A check of the {@code @Operation} methods of {@code operations}, which Lincheck creates anew for each schedule. */
    public static ModelCheck of(Class<?> operations) {
        return new ModelCheck(operations);
    }

    /** Operations each of the two threads runs in a scenario (default 2). */
    public ModelCheck actorsPerThread(int actors) {
        this.actorsPerThread = actors;
        return this;
    }

    /** Operations run on one thread before the two threads start (default 0). */
    public ModelCheck actorsBefore(int actors) {
        this.actorsBefore = actors;
        return this;
    }

    /** A single-threaded class with the same operations, whose results are the correct ones. */
    public ModelCheck sequentialSpecification(Class<?> specification) {
        this.sequentialSpecification = specification;
        return this;
    }

    /**
     * Fails the calling check when a schedule makes one thread wait for another that is paused
     * inside {@code operation}, or gives a result that no one-at-a-time order of the operations
     * gives, and shows that schedule.
     */
    public void assertNonBlocking(TestReporter reporter, String operation, String advice) {
        Failure found = run(options().checkObstructionFreedom(true));
        if (found != null && found.wrongResult()) {
            Figures.report(reporter, "a schedule gave a result no order of the operations gives", "no thread ever waits");
            throw wrongResult("Two threads running " + operation + " at once",
                    "Between the steps of one thread, the other read or wrote the state they share.", found);
        }
        Figures.report(reporter, found == null ? "no thread waited for a paused one in " + explored()
                : "a thread waited for one paused inside " + operation, "no thread ever waits");
        if (found != null) {
            throw new AssertionError("A thread paused inside " + operation + " kept the other thread from "
                    + "finishing: that is a lock, whatever its form (synchronized, a java.util.concurrent lock, "
                    + "a read lock, a semaphore or a spin loop). " + advice + "\nThe schedule, found by Lincheck "
                    + "(<hung>: the operation could not finish while the other thread was paused):\n" + found.schedule());
        }
    }

    /**
     * Fails the calling check when a schedule gives results that no one-at-a-time order of the
     * operations could give, and shows that schedule.
     */
    public void assertLinearizable(TestReporter reporter, String what, String advice) {
        Failure found = run(options());
        Figures.report(reporter, found == null ? "every result correct in " + explored()
                : "a schedule gave a result no order of the operations gives", "every schedule correct");
        if (found != null) {
            throw wrongResult(what, advice, found);
        }
    }

    private static AssertionError wrongResult(String what, String advice, Failure found) {
        return new AssertionError(what + " gave a result that no one-at-a-time order of the operations gives. "
                + advice + "\nThe schedule, found by Lincheck (each row a step of one thread, top to bottom):\n"
                + found.schedule());
    }

    /**
     * Fails the calling check when a schedule leaves the threads waiting for each other for
     * ever (a deadlock, or a lock never released), and shows that schedule.
     */
    public void assertNoDeadlock(TestReporter reporter, String what, String advice) {
        Failure found = run(options());
        Figures.report(reporter, found == null ? "no schedule hung in " + explored()
                : "a schedule in which the threads wait for each other for ever", "no schedule hangs");
        if (found != null) {
            throw new AssertionError(what + " can hang: in the schedule below each thread waits for a lock the other "
                    + "holds, for ever. " + advice + "\nThe schedule, found by Lincheck (<hung>: the operation never "
                    + "finished):\n" + found.schedule());
        }
    }

    /**
     * Lincheck loads the threads it generates through the JVM's own class path. A launcher that
     * loads the tests through a class loader of its own (the JUnit console launcher's {@code -jar}
     * form) leaves them out of it, and Lincheck then fails with a bare ClassNotFoundException.
     */
    static void requireSystemClassPath(Class<?> operations) {
        if (operations.getClassLoader() != ClassLoader.getSystemClassLoader()) {
            throw new IllegalStateException("Lincheck cannot run here: it needs the tests on the JVM's own class path, "
                    + "and this launcher loaded them through a class loader of its own (as java -jar "
                    + "junit-platform-console-standalone.jar does). Run the chapter with Maven, or put the launcher's "
                    + "jar on -cp with the tests and start org.junit.platform.console.ConsoleLauncher.");
        }
    }

    private String explored() {
        return Figures.count(SCENARIOS) + " scenarios x " + Figures.count(SCHEDULES_PER_SCENARIO) + " schedules";
    }

    private ModelCheckingOptions options() {
        ModelCheckingOptions options = new ModelCheckingOptions()
                .iterations(SCENARIOS)
                .invocationsPerIteration(SCHEDULES_PER_SCENARIO)
                .threads(2)
                .actorsPerThread(actorsPerThread)
                .actorsBefore(actorsBefore)
                .actorsAfter(0)
                .loopIterationsBeforeThreadSwitch(LOOP_ITERATIONS_BEFORE_SWITCH)
                .loopBound(LOOP_BOUND)
                .invocationTimeout$lincheck(INVOCATION_TIMEOUT_MS)
                .addGuarantee(forClasses(name -> ATOMIC_PREFIXES.stream().anyMatch(name::startsWith))
                        .methods(name -> !BULK_METHODS.contains(name)).treatAsAtomic());
        if (sequentialSpecification != null) {
            options.sequentialSpecification(sequentialSpecification);
        }
        return options;
    }

    /**
     * What Lincheck found: whether it is a wrong result (rather than a wait or a hang), and the
     * schedule that shows it.
     */
    private record Failure(boolean wrongResult, String schedule) {
    }

    /** Lincheck's report headings for a result no sequential order gives, or an exception the sequential run did not throw. */
    private static final List<String> WRONG_RESULT_HEADINGS = List.of(
            "= Invalid execution results =", "= The execution failed with an unexpected exception =");

    /** Runs Lincheck; returns what failed, or null when every schedule held. */
    private Failure run(ModelCheckingOptions options) {
        requireSystemClassPath(operations);
        try {
            options.check(operations);
            return null;
        } catch (AssertionError e) {
            String report = String.valueOf(e.getMessage()).strip();
            if (!report.startsWith("=")) {
                throw e;
            }
            Path log = ReportDir.prepared(ReportDir.get().resolve("lincheck").resolve(operations.getSimpleName() + ".txt"));
            try {
                Files.writeString(log, report);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            if (report.startsWith(TIMED_OUT_HEADING)) {
                throw Figures.inconclusive("Lincheck could not finish one schedule of " + operations.getSimpleName()
                        + " within " + INVOCATION_TIMEOUT_MS / 1000 + " s, so it cannot judge this code (code that "
                        + "pauses for a while between retries does this to it). Where each thread was: " + log);
            }
            int from = report.indexOf(SCHEDULE_START);
            int start = from < 0 ? 0 : from + SCHEDULE_START.length();
            int to = report.indexOf(TRACE_START, start);
            String schedule = report.substring(start, to < 0 ? report.length() : to).strip();
            boolean wrongResult = WRONG_RESULT_HEADINGS.stream().anyMatch(report::startsWith);
            return new Failure(wrongResult, schedule + "\n(the scenario and every step with its line of code: " + log + ")\n");
        }
    }
}
