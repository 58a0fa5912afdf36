package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.Together;
import course.kit.measure.WhilePaused;
import course.mutex.races.AccessLog_01_SamePathTwice;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "01.3", title = "Keep the critical section small", points = 3,
        hint = "Which line of record() touches shared state? Only that one needs the lock. "
                + "See 01-mutex/README.md, 'Hints for 01.3'.")
@DisplayName("01.3 AccessLog parses outside the lock")
class AccessLogTest {

    /** How long another thread may take to record two lines while one thread's parse is paused. */
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    @Test
    @DisplayName("lines are counted per normalized path")
    void countsPerPath() {
        AccessLog log = new AccessLog(AccessLines::pathOf);
        log.record(AccessLines.get("/cart"));
        log.record(AccessLines.get("/Cart/?item=42"));
        log.record(AccessLines.get("/home"));
        assertThat(log.hits("/cart")).isEqualTo(2);
        assertThat(log.hits("/home")).isEqualTo(1);
        assertThat(log.hits("/nowhere")).isZero();
    }

    /**
     * One thread's parse is paused, as a slow parse would be; meanwhile another thread records
     * two lines, one of the same path. Whatever the code waits with (a monitor, a lock, a read
     * lock, a semaphore, a spin loop), the other thread cannot finish if the paused one holds it.
     */
    @Test
    @Gate
    @DisplayName("while one thread's parse is paused, another thread records its lines")
    void parsesOutsideTheLock(TestReporter reporter) {
        WhilePaused probe = new WhilePaused(PATIENCE);
        AccessLog log = new AccessLog(line -> {
            probe.pauseHere();
            return AccessLines.pathOf(line);
        });
        WhilePaused.Outcome outcome = probe.run("a thread's parse of a /cart line", () -> log.record(AccessLines.get("/cart")),
                "another thread's record() of a /cart and a /home line", () -> {
                    log.record(AccessLines.get("/cart"));
                    log.record(AccessLines.get("/home"));
                });
        Figures.report(reporter, outcome.othersProceeded() ? "the other thread finished during every pause ("
                + outcome.pauses() + ")" : "the other thread waited for the paused parse",
                "finishes within " + PATIENCE.toMillis() + " ms");
        assertThat(outcome.pauses()).as("times the parser was called by the paused thread").isPositive();
        assertThat(outcome.othersProceeded())
                .withFailMessage(() -> outcome.stuckAt() + "\nEvery thread that records a line waits for a parse it "
                        + "has nothing to do with: the parse runs while the thread holds what the update needs.")
                .isTrue();
        assertThat(log.hits("/cart")).as("hits of /cart").isEqualTo(1 + outcome.pauses());
    }

    @Test
    @DisplayName("two threads recording the same path at once count both (jcstress)")
    void noLostUpdate(TestReporter reporter) {
        JcstressRun.verdictOf(AccessLog_01_SamePathTwice.class).assertPassed(reporter);
    }

    @Test
    @DisplayName("4 threads x 20,000 lines: every hit counted")
    void countsFromFourThreads() {
        AccessLog log = new AccessLog(AccessLines::pathOf);
        Together.runAll("4 threads recording lines", 4, Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 20_000; i++) {
                log.record(AccessLines.get(i % 2 == 0 ? "/cart" : "/home"));
            }
        });
        assertThat(log.hits("/cart") + log.hits("/home")).isEqualTo(80_000);
    }
}
