package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.HeldLocks;
import course.kit.measure.Together;
import course.mutex.races.AccessLog_01_SamePathTwice;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "01.3", title = "Keep the critical section small", points = 3,
        hint = "Which line of record() touches shared state? Only that one needs the lock. "
                + "See 01-mutex/README.md, 'Hints for 01.3'.")
@DisplayName("01.3 AccessLog parses outside the lock")
class AccessLogTest {

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

    @Test
    @Gate
    @DisplayName("the slow parse runs while the thread holds no lock")
    void parsesOutsideTheLock(TestReporter reporter) {
        List<List<String>> heldDuringParse = new CopyOnWriteArrayList<>();
        Function<String, String> spy = line -> {
            List<String> held = HeldLocks.ofCurrentThread();
            if (!held.isEmpty()) {
                heldDuringParse.add(held);
            }
            return AccessLines.pathOf(line);
        };
        AccessLog log = new AccessLog(spy);
        for (int i = 0; i < 10; i++) {
            log.record(AccessLines.get("/cart"));
        }
        Figures.report(reporter, heldDuringParse.size() + " of 10 parses ran under a lock", "0");
        assertThat(heldDuringParse)
                .withFailMessage(() -> "The parser ran in %d of 10 calls while the thread held %s. Every other "
                        .formatted(heldDuringParse.size(), heldDuringParse.get(0))
                        + "thread that wants to record a line waits for a parse it has nothing to do with.")
                .isEmpty();
        assertThat(log.hits("/cart")).isEqualTo(10);
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
