package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.jcstress.TerminationRun;
import course.kit.jmh.TimingGate;
import course.kit.lincheck.ModelCheck;
import course.kit.measure.PlainFields;
import course.mutex.bench.CounterBenchmarks;
import course.mutex.model.RequestCounterModel;
import course.mutex.races.RequestCounter_01_NoLostUpdate;
import course.mutex.races.RequestCounter_02_ReporterSeesIncrement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "01.2", title = "Stop queueing on one lock", points = 3,
        hint = "Many threads add, one thread rarely reads: java.util.concurrent.atomic has a counter "
                + "for that. See 01-mutex/README.md, 'Hints for 01.2'.")
@DisplayName("01.2 RequestCounter scales with threads")
class RequestCounterTest {

    /** 64 x 3 x 5 x 7: ids this far apart share their remainder by every small cell count. */
    private static final int ID_DISTANCE = 6_720;

    @Test
    @DisplayName("one thread: 1,000 increments sum to 1,000")
    void countsOnOneThread() {
        RequestCounter counter = new RequestCounter();
        for (int i = 0; i < 1_000; i++) {
            counter.increment();
        }
        assertThat(counter.sum()).isEqualTo(1_000);
    }

    /*
     * Two threads whose ids are 6,720 apart: a multiple of 64, 3, 5 and 7, so a counter that gives
     * each thread "its own" cell by thread id modulo a cell count (a power of two up to 64, or 3,
     * 5, 6, 7, 10, ...) puts both on one cell, and their writes clash as in 01.1. They increment
     * for a whole second, not a fixed count, so the clash also shows on a busy machine where they
     * share one core: a million increments fit in one time slice, and then no write ever clashes.
     */
    @Test
    @DisplayName("two threads whose ids share a remainder, incrementing for a second: not one increment lost")
    void countsFromThreadsWhoseIdsCollide() {
        RequestCounter counter = new RequestCounter();
        long end = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        long[] counted = new long[2];
        Thread first = new Thread(() -> counted[0] = incrementUntil(counter, end), "requests-1");
        Thread second = new Thread(() -> counted[1] = incrementUntil(counter, end), "requests-2");
        while ((second.threadId() - first.threadId()) % ID_DISTANCE != 0) {
            // the threads left behind are never started: they only take ids
            second = new Thread(() -> counted[1] = incrementUntil(counter, end), "requests-2");
        }
        long distance = second.threadId() - first.threadId();
        first.start();
        second.start();
        for (Thread t : List.of(first, second)) {
            try {
                t.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + t.getName(), e);
            }
            assertThat(t.isAlive()).as("%s still incrementing 29 s after its second was up", t.getName()).isFalse();
        }
        long increments = counted[0] + counted[1];
        long lost = increments - counter.sum();
        assertThat(lost)
                .withFailMessage("2 threads with ids %d and %d (%,d apart) lost %s of %s increments: whatever picks "
                        + "a thread's cell put both threads on one, and a cell two threads write needs an atomic add.",
                        first.threadId(), second.threadId(), distance, Figures.count(lost), Figures.count(increments))
                .isZero();
    }

    /** Increments until {@code end} on {@link System#nanoTime()}'s clock; returns how many times. */
    private static long incrementUntil(RequestCounter counter, long end) {
        long n = 0;
        while (System.nanoTime() < end) {
            counter.increment();
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("two simultaneous increments always sum to two (jcstress)")
    void noLostUpdate(TestReporter reporter) {
        JcstressRun.verdictOf(RequestCounter_01_NoLostUpdate.class).assertPassed(reporter);
    }

    @Test
    @DisplayName("a metrics reporter waiting for the first request sees it (termination test)")
    void reporterSeesTheIncrement(TestReporter reporter) {
        TerminationRun.assertTerminates(RequestCounter_02_ReporterSeesIncrement.class, reporter);
    }

    /*
     * The termination test above catches a plain read that the JIT keeps in a register; a plain
     * read that happens to come after a volatile one (cells found through a concurrent list) is
     * reloaded on every call, on x86 sees every write, and is still a data race the memory model
     * lets stay stale for ever. The bytecode says it at once.
     */
    @Test
    @DisplayName("what increment() writes, sum() reads with ordering: no plain field on both sides (bytecode)")
    void sumReadsWithOrdering() {
        List<String> plain = PlainFields.writtenThenRead(RequestCounter.class, "increment", "sum");
        assertThat(plain)
                .withFailMessage("increment() writes %s with a plain store and sum() reads it with a plain load: "
                        + "nothing orders the reporter's read after a worker's write, so the Java memory model lets "
                        + "sum() miss increments for ever (x86 hides it until the JIT keeps the value in a register). "
                        + "Make the field volatile, or write and read it through an atomic class or a VarHandle "
                        + "(setRelease and getAcquire).", String.join(", ", plain))
                .isEmpty();
    }

    @Test
    @Gate
    @DisplayName("no thread ever waits for a thread paused inside increment() or sum() (Lincheck)")
    void threadsNeverWaitForEachOther(TestReporter reporter) {
        ModelCheck.of(RequestCounterModel.class).assertNonBlocking(reporter, "increment() or sum()",
                "Whatever makes the threads take turns, drop it: a counter built for many writers lets each "
                        + "thread add without waiting for any other.");
    }

    /*
     * Not a @Gate: the model check above fails every way of taking turns, deterministically.
     * This check keeps a lock-free answer honest (one that backs off by sleeping is lock-free
     * and slow). Over the corpus, a plain AtomicLong did 4.4-11x on a quiet machine and the
     * synchronized starter up to 2.0x: no bar has 1.5x of room on both sides, so the bar sits
     * where every accepted answer has it, and the model check fails the starter.
     */
    @Test
    @DisplayName("at 2 threads: at least 2.5x the throughput of a synchronized counter (JMH)")
    void outrunsSynchronizedCounter(TestReporter reporter) {
        TimingGate.of(CounterBenchmarks.class)
                .candidate("requestCounter", "RequestCounter")
                .baseline("synchronizedCounter", "a synchronized counter")
                .atLeast(2.5)
                .advice("Both threads still take turns on one shared thing; give each thread its own cell.")
                .check(reporter);
    }
}
