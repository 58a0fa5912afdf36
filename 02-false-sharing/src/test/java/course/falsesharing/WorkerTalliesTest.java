package course.falsesharing;

import static org.assertj.core.api.Assertions.assertThat;

import course.falsesharing.bench.TallyBenchmarks;
import course.falsesharing.races.WorkerTallies_01_TwoWorkers;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.jmh.PenaltyGate;
import course.kit.measure.Layout;
import course.kit.measure.Together;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "02.1", title = "One cache line per worker", points = 4,
        hint = "8 tallies fit in one 64-byte line. Leave room between them. "
                + "See 02-false-sharing/README.md, 'Hints for 02.1'.")
@DisplayName("02.1 WorkerTallies gives each worker its own cache lines")
class WorkerTalliesTest {

    private static final int WORKERS = 8;
    private static final int SAFE_DISTANCE = 128;

    @Test
    @DisplayName("one thread: amounts added to several tallies sum up")
    void sumsOnOneThread() {
        WorkerTallies tallies = new WorkerTallies(3);
        tallies.add(0, 5);
        tallies.add(1, 7);
        tallies.add(2, 30);
        tallies.add(0, 1);
        assertThat(tallies.total()).isEqualTo(43);
    }

    @Test
    @DisplayName("4 workers x 100,000 adds at once: the total is exact")
    void sumsFromFourWorkers() {
        WorkerTallies tallies = new WorkerTallies(4);
        Together.run("4 workers adding", 4, Duration.ofSeconds(30), worker -> () -> {
            for (int i = 0; i < 100_000; i++) {
                tallies.add(worker, 1);
            }
            return null;
        });
        assertThat(tallies.total()).isEqualTo(400_000);
    }

    @Test
    @DisplayName("two workers adding at once: both amounts counted (jcstress)")
    void noLostAmount(TestReporter reporter) {
        JcstressRun.verdictOf(WorkerTallies_01_TwoWorkers.class).assertPassed(reporter);
    }

    @Test
    @Gate
    @DisplayName("8 workers' tallies take at least 128 bytes per worker (JOL)")
    void roomForEveryWorker(TestReporter reporter) {
        long bytes = Layout.footprint(new WorkerTallies(WORKERS));
        long needed = (long) WORKERS * SAFE_DISTANCE;
        Figures.report(reporter, Figures.count(bytes) + " bytes for " + WORKERS + " workers ("
                + bytes / WORKERS + " per worker)", "at least " + Figures.count(needed) + " bytes");
        assertThat(bytes)
                .withFailMessage("%d workers' tallies take %d bytes in all, objects and headers included: at most "
                        + "%d cache lines of 64 bytes, so several workers write the same line. Each needs %d bytes "
                        + "to itself.", WORKERS, bytes, (bytes + 63) / 64, SAFE_DISTANCE)
                .isGreaterThanOrEqualTo(needed);
    }

    /*
     * Not a @Gate: whether two adjacent tallies share a line depends on where the array lands in
     * memory (1 time in 8 they straddle a line boundary), so the starter's own timing is not a
     * reliable red. The footprint check above is. This check keeps a padded solution honest: it
     * must be faster, not just bigger.
     */
    @Test
    @DisplayName("one worker per core: recovers most of what padding gains over adjacent tallies (JMH)")
    void outrunsAdjacentTallies(TestReporter reporter) {
        PenaltyGate.of(TallyBenchmarks.class)
                .baseline("adjacent", "adjacent tallies")
                .reference("padded", "padded tallies")
                .candidate("workerTallies", "WorkerTallies")
                .minimumPenalty(2.0)
                .recover(0.6)
                .advice("The workers still write shared cache lines.")
                .check(reporter);
    }
}
