package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.measure.LiveThreads;
import course.kit.measure.ThreadCpu;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.2", title = "Hand work over, do not poll for it", points = 2,
        hint = "A thread with nothing to do should be parked, not spinning. "
                + "See 05-decision-matrix/README.md, 'Hints for 05.2'.")
@DisplayName("05.2 JobRunner waits for work without burning CPU")
class JobRunnerTest {

    private static final long IDLE_MILLIS = 500;
    private static final long MAX_IDLE_CPU_MILLIS = 50;

    @Test
    @DisplayName("jobs run in submission order, and close() ends the runner's thread")
    void runsJobsInOrderAndEnds() throws InterruptedException {
        List<String> done = new CopyOnWriteArrayList<>();
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        List<String> leaked;
        try {
            try (JobRunner runner = new JobRunner(done::add)) {
                for (int i = 0; i < 100; i++) {
                    runner.submit("job-" + i);
                }
            }
            leaked = LiveThreads.leakedSince(before, Duration.ofSeconds(2));
        } finally {
            LiveThreads.startedSince(before).forEach(Thread::interrupt);
        }
        assertThat(done).hasSize(100).startsWith("job-0", "job-1").endsWith("job-99");
        assertThat(leaked).as("threads alive after close()").isEmpty();
    }

    @Test
    @Gate
    @DisplayName("with no job for 500 ms, the runner's thread uses at most 50 ms of CPU")
    void idleRunnerUsesNoCpu(TestReporter reporter) throws InterruptedException {
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        long cpuMillis;
        try (JobRunner runner = new JobRunner(job -> { })) {
            runner.submit("warm-up");
            List<Thread> started = LiveThreads.startedSince(before);
            long cpuBefore = ThreadCpu.nanos(started);
            TimeUnit.MILLISECONDS.sleep(IDLE_MILLIS); // the measurement window: nothing is submitted during it
            cpuMillis = (ThreadCpu.nanos(started) - cpuBefore) / 1_000_000;
        } finally {
            LiveThreads.startedSince(before).forEach(Thread::interrupt);
        }
        Figures.report(reporter, cpuMillis + " ms of CPU in " + IDLE_MILLIS + " ms without work",
                "at most " + MAX_IDLE_CPU_MILLIS + " ms");
        assertThat(cpuMillis)
                .withFailMessage("With nothing to do for %d ms, the runner used %d ms of CPU: it polls in a loop "
                        + "instead of waiting to be handed a job.", IDLE_MILLIS, cpuMillis)
                .isLessThanOrEqualTo(MAX_IDLE_CPU_MILLIS);
    }
}
