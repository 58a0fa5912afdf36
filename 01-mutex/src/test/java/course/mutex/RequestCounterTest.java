package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.jmh.TimingGate;
import course.kit.measure.Contention;
import course.mutex.bench.CounterBenchmarks;
import course.mutex.races.RequestCounter_01_NoLostUpdate;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "01.2", title = "Stop queueing on one lock", points = 3,
        hint = "Many threads add, one thread rarely reads: java.util.concurrent.atomic has a counter "
                + "for that. See 01-mutex/README.md, 'Hints for 01.2'.")
@DisplayName("01.2 RequestCounter scales with threads")
class RequestCounterTest {

    /** More threads than this machine has cores, so a lock shows itself even on a busy machine. */
    private static final int THREADS = 4;
    private static final Duration MEASURE_FOR = Duration.ofMillis(500);

    @Test
    @DisplayName("one thread: 1,000 increments sum to 1,000")
    void countsOnOneThread() {
        RequestCounter counter = new RequestCounter();
        for (int i = 0; i < 1_000; i++) {
            counter.increment();
        }
        assertThat(counter.sum()).isEqualTo(1_000);
    }

    @Test
    @DisplayName("two simultaneous increments always sum to two (jcstress)")
    void noLostUpdate(TestReporter reporter) {
        JcstressRun.verdictOf(RequestCounter_01_NoLostUpdate.class).assertPassed(reporter);
    }

    @Test
    @Gate
    @DisplayName("4 threads incrementing together do not wait for each other, and lose nothing")
    void threadsNeverWaitForEachOther(TestReporter reporter) {
        RequestCounter counter = new RequestCounter();
        Contention contention = Contention.measure(THREADS + " threads incrementing one counter", THREADS, MEASURE_FOR,
                i -> counter::increment);
        Figures.report(reporter, contention.summary("increments"), Contention.threshold());
        assertThat(counter.sum()).as("sum after %s increments", Figures.count(contention.allOperations()))
                .isEqualTo(contention.allOperations());
        contention.abortIfTooFewToTell();
        assertThat(contention.threadsRarelyStop())
                .withFailMessage("%d threads incrementing one counter %s: each stop is a thread that waited for "
                        + "another to release the counter's lock.", THREADS, contention)
                .isTrue();
    }

    @Test
    @Gate
    @DisplayName("at 2 threads: at least 5x the throughput of a synchronized counter (JMH)")
    void outrunsSynchronizedCounter(TestReporter reporter) {
        TimingGate.of(CounterBenchmarks.class)
                .candidate("requestCounter", "RequestCounter")
                .baseline("synchronizedCounter", "a synchronized counter")
                .atLeast(5.0)
                .advice("Both threads still take turns on one shared thing; give each thread its own cell.")
                .check(reporter);
    }
}
