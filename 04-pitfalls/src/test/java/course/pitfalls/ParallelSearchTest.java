package course.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "04.4", title = "A search that stops when it is done", points = 2,
        hint = "Future.cancel(true) interrupts a task; a loop must look at its interrupt status to stop. "
                + "See 04-pitfalls/README.md, 'Hints for 04.4'.")
@DisplayName("04.4 ParallelSearch cancels what it no longer needs")
class ParallelSearchTest {

    private static final int SIZE = 4_000_000;
    /**
     * A search that honours its deadline tests a small part of the data before it gives up
     * (38,000-120,000 of the 4 M values in the course's reliability study, idle or busy); one that waits for
     * every task tests all of it, and one that waits the whole deadline for each of the 8 tasks in turn tests about
     * 40% of it. Counting calls, not milliseconds, keeps the verdict the same on a busy machine, where the clock runs on
     * while the threads wait for a core.
     */
    private static final long MAX_VALUES_TESTED = SIZE / 8;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    /**
     * A predicate that costs about a microsecond of CPU, sleeps for a millisecond at every
     * thousandth value, and counts its calls before and after the search returned. 4 M calls on
     * a pool of 4 threads take at least 2 s however many cores there are (1 s of spinning and
     * 1 s of sleeping per thread), twenty times the deadline below.
     */
    private static final class Probe implements IntPredicate {
        final int needle;
        final AtomicBoolean returned = new AtomicBoolean();
        final LongAdder calls = new LongAdder();
        final AtomicLong lateCalls = new AtomicLong();
        final AtomicBoolean stopAll = new AtomicBoolean();
        final AtomicInteger inFlight = new AtomicInteger();
        /** A value whose test takes 200 ms and ignores interrupts, as a call into slow code would. */
        final int slowValue;

        Probe(int needle, int slowValue) {
            this.needle = needle;
            this.slowValue = slowValue;
        }

        Probe(int needle) {
            this(needle, -1);
        }

        @Override
        public boolean test(int value) {
            inFlight.incrementAndGet();
            try {
                return check(value);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        private boolean check(int value) {
            if (returned.get()) {
                lateCalls.incrementAndGet();
            } else {
                calls.increment();
            }
            if (stopAll.get()) {
                return false; // cleaning up after the test: finish fast
            }
            if (value == slowValue) {
                long until = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // deaf to interrupts: cancel(true) cannot cut this short
                }
            }
            long until = System.nanoTime() + 1_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            if (value % 1_000 == 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // left for the search to notice
                }
            }
            return value == needle;
        }
    }

    private static int[] data() {
        int[] data = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            data[i] = i;
        }
        return data;
    }

    /** Waits for every task the search may have left behind, then counts what they did. */
    private long lateCallsOnceIdle(Probe probe) throws InterruptedException {
        executor.shutdown();
        long late = 0;
        if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
            late = probe.lateCalls.get();
            probe.stopAll.set(true);
            executor.shutdownNow();
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
        return Math.max(late, probe.lateCalls.get());
    }

    @AfterEach
    void stopExecutor() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("finds a match in any chunk, and returns -1 when there is none")
    void findsWhatIsThere() throws InterruptedException {
        int[] small = {5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987};
        ParallelSearch search = new ParallelSearch(executor);
        assertThat(search.findAny(small, v -> v == 377, Duration.ofSeconds(10))).isEqualTo(9);
        assertThat(search.findAny(small, v -> v == 4, Duration.ofSeconds(10))).isEqualTo(-1);
    }

    /**
     * The answer is in the first chunk; the first value of the second chunk takes 200 ms to
     * test and ignores interrupts. A search that asks its tasks to stop (cancel(true), a flag)
     * without waiting for them returns while that call is still running.
     */
    @Test
    @Gate
    @DisplayName("once the answer is found, no task keeps calling the predicate")
    void stopsAfterTheAnswer(TestReporter reporter) throws InterruptedException {
        Probe probe = new Probe(5, SIZE / ParallelSearch.CHUNKS);
        int found = new ParallelSearch(executor).findAny(data(), probe, Duration.ofSeconds(30));
        int stillTesting = probe.inFlight.get();
        probe.returned.set(true);
        long late = lateCallsOnceIdle(probe);
        assertThat(found).as("index found").isEqualTo(5);
        Figures.report(reporter, stillTesting + " predicate calls running when findAny returned, " + Figures.count(late)
                + " calls after", "0 and 0");
        assertThat(stillTesting)
                .withFailMessage("findAny returned its answer while %d of its tasks were still inside the predicate: "
                        + "cancel(true) or a stop flag only asks a task to stop. Wait until every task has "
                        + "finished before returning.", stillTesting)
                .isZero();
        assertThat(late)
                .withFailMessage("findAny returned its answer, then its tasks called the predicate %s more times: "
                        + "they were never cancelled, or did not notice.", Figures.count(late))
                .isZero();
    }

    /**
     * The caller is interrupted while findAny waits: it must not swallow that. Either it throws
     * InterruptedException, or it returns with the caller's interrupt status still set; and it
     * leaves no task running.
     */
    @Test
    @DisplayName("an interrupted caller stays interrupted, and its search stops")
    void keepsTheCallersInterrupt() throws InterruptedException {
        Probe probe = new Probe(-1);
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            LockSupport.parkNanos(50_000_000L);
            caller.interrupt();
        }, "interrupter");
        interrupter.start();
        boolean threw = false;
        try {
            new ParallelSearch(executor).findAny(data(), probe, Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            threw = true;
        }
        boolean stillInterrupted = Thread.interrupted();
        interrupter.join(10_000);
        int stillTesting = probe.inFlight.get();
        probe.returned.set(true);
        long late = lateCallsOnceIdle(probe);
        assertThat(threw || stillInterrupted)
                .withFailMessage("findAny was interrupted while it waited, and returned as if nothing had happened: "
                        + "it caught InterruptedException and dropped it. Throw it on, or restore the flag with "
                        + "Thread.currentThread().interrupt(), so that the caller can stop too.")
                .isTrue();
        assertThat(stillTesting + late)
                .withFailMessage("findAny %s when its caller was interrupted, but its search went on: %d predicate calls "
                        + "were running when it returned, and its tasks made %s more after. Every way out of findAny "
                        + "(an answer, the deadline, an interrupt) must stop the tasks and wait for them: do that in a "
                        + "finally block.", threw ? "threw InterruptedException" : "returned",
                        stillTesting, Figures.count(late))
                .isZero();
    }

    @Test
    @Gate
    @DisplayName("a search with a 100 ms deadline gives up: it tests under an eighth of the data, and leaves nothing running")
    void respectsItsDeadline(TestReporter reporter) throws InterruptedException {
        Probe probe = new Probe(-1);
        long start = System.nanoTime();
        int found = new ParallelSearch(executor).findAny(data(), probe, Duration.ofMillis(100));
        long millis = (System.nanoTime() - start) / 1_000_000;
        probe.returned.set(true);
        long tested = probe.calls.sum();
        long late = lateCallsOnceIdle(probe);
        Figures.report(reporter, "tested " + Figures.count(tested) + " of " + Figures.count(SIZE) + " values in "
                + millis + " ms, " + Figures.count(late) + " predicate calls after returning",
                "under " + Figures.count(MAX_VALUES_TESTED) + " values, 0 calls after");
        assertThat(found).as("result of a search that ran out of time").isEqualTo(-1);
        assertThat(tested)
                .withFailMessage("findAny tested %s of %s values before it returned, %d ms after it started, with a "
                        + "deadline of 100 ms: it waited for the tasks instead of giving up (the deadline is for the "
                        + "whole search, not for each task).",
                        Figures.count(tested), Figures.count(SIZE), millis)
                .isLessThan(MAX_VALUES_TESTED);
        assertThat(late).as("predicate calls after findAny returned").isZero();
    }
}
