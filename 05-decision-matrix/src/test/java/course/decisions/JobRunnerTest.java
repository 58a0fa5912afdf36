package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.measure.IdleActivity;
import course.kit.measure.LiveThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.2", title = "Hand work over, do not poll for it", points = 2,
        hint = "A thread with nothing to do should be parked, not spinning. "
                + "See 05-decision-matrix/README.md, 'Hints for 05.2'.")
@DisplayName("05.2 JobRunner waits for work without burning CPU")
class JobRunnerTest {

    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final long MAX_IDLE_CPU_MILLIS = 10;

    /**
     * A parked runner wakes 0 times; one that polls every 80 ms or more often wakes more than
     * 12 times a second, and one that polls less often is caught by the start of its jobs.
     */
    private static final int MAX_IDLE_WAKE_UPS = 12;
    private static final long MAX_START_MILLIS = 25;

    /** Idle gaps before each job of the hand-over check, uneven so that no polling period lines up with them. */
    private static final long[] GAPS_MILLIS = {37, 71, 53, 89, 41, 67, 59};

    @Test
    @DisplayName("jobs run in submission order on the runner's one thread, and close() ends it")
    void runsJobsInOrderAndEnds() throws InterruptedException {
        List<String> done = new CopyOnWriteArrayList<>();
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        List<String> leaked;
        try {
            try (JobRunner runner = new JobRunner(job -> {
                ranOn.add(Thread.currentThread());
                done.add(job);
            })) {
                for (int i = 0; i < 100; i++) {
                    runner.submit("job-" + i);
                }
            }
            leaked = LiveThreads.leakedSince(before, Duration.ofSeconds(2));
        } finally {
            LiveThreads.startedSince(before).forEach(Thread::interrupt);
        }
        assertThat(done).as("jobs in the order they ran")
                .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "job-" + i).toList());
        assertThat(ranOn)
                .withFailMessage("the jobs ran on %d threads, %s: a runner hands each job to its one thread, in turn",
                        ranOn.size(), ranOn.stream().map(Thread::toString).toList())
                .hasSize(1)
                .doesNotContain(Thread.currentThread());
        assertThat(leaked).as("threads alive after close()").isEmpty();
    }

    @Test
    @Gate
    @DisplayName("with no job for 1 s, the runner wakes at most 12 times and uses at most 10 ms of CPU")
    void idleRunnerSleeps(TestReporter reporter) throws InterruptedException {
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        IdleActivity.Activity idle;
        try (JobRunner runner = new JobRunner(job -> { })) {
            runner.submit("warm-up");
            TimeUnit.MILLISECONDS.sleep(50); // lets the warm-up job finish before the window opens
            idle = IdleActivity.during(before, IDLE); // nothing is submitted during it
        } finally {
            LiveThreads.startedSince(before).forEach(Thread::interrupt);
        }
        Figures.report(reporter, idle.summary(), "at most " + MAX_IDLE_WAKE_UPS + " wake-ups and "
                + MAX_IDLE_CPU_MILLIS + " ms of CPU");
        assertThat(idle.cpuMillis())
                .withFailMessage("With nothing to do for %d ms, the runner used %d ms of CPU: it checks for work in a "
                        + "loop instead of waiting to be handed a job (%s).", IDLE.toMillis(), idle.cpuMillis(),
                        idle.summary())
                .isLessThanOrEqualTo(MAX_IDLE_CPU_MILLIS);
        assertThat(idle.wakeUps())
                .withFailMessage("With nothing to do for %d ms, the runner woke up %d times (%s): it polls, sleeping "
                        + "or waiting a little between looks. Each wake-up is a context switch for nothing, and a job "
                        + "that arrives waits for the next look. Let the submitter wake the runner.",
                        IDLE.toMillis(), idle.wakeUps(), idle.byKind())
                .isLessThanOrEqualTo(MAX_IDLE_WAKE_UPS);
    }

    @Test
    @DisplayName("a job submitted to an idle runner starts at once: within 25 ms, the second slowest of 7")
    void handsOverAtOnce() throws InterruptedException {
        BlockingQueue<Long> started = new LinkedBlockingQueue<>();
        List<Long> latencies = new ArrayList<>();
        try (JobRunner runner = new JobRunner(job -> started.add(System.nanoTime()))) {
            for (long gap : GAPS_MILLIS) {
                TimeUnit.MILLISECONDS.sleep(gap);
                long submitted = System.nanoTime();
                runner.submit("job after " + gap + " ms");
                Long start = started.poll(5, TimeUnit.SECONDS);
                assertThat(start).as("a job submitted after %d ms without work started within 5 s", gap).isNotNull();
                latencies.add((start - submitted) / 1_000_000);
            }
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        long secondSlowest = sorted.get(sorted.size() - 2);
        assertThat(secondSlowest)
                .withFailMessage("Jobs submitted to an idle runner waited %s ms before they started: the runner looks "
                        + "for work from time to time instead of being woken when a job arrives.", latencies)
                .isLessThanOrEqualTo(MAX_START_MILLIS);
    }
}
