package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.jcstress.TerminationRun;
import course.kit.lincheck.ModelCheck;
import course.kit.measure.Together;
import course.mutex.model.HitCounterModel;
import course.mutex.races.HitCounter_01_LostUpdate;
import course.mutex.races.HitCounter_02_DashboardSeesHit;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "01.1", title = "Count every hit", points = 2,
        hint = "hits++ is a read, an add and a write. Make them one step for other threads: "
                + "see 01-mutex/README.md, 'Hints for 01.1'.")
@DisplayName("01.1 HitCounter counts every hit")
class HitCounterTest {

    @Test
    @DisplayName("one thread: 1,000 hits make a total of 1,000")
    void countsOnOneThread() {
        HitCounter counter = new HitCounter();
        for (int i = 0; i < 1_000; i++) {
            counter.hit();
        }
        assertThat(counter.total()).isEqualTo(1_000);
    }

    @Test
    @DisplayName("4 threads x 100,000 hits: not one is lost")
    void countsFromFourThreads() {
        HitCounter counter = new HitCounter();
        int perThread = 100_000;
        Together.runAll("4 threads recording hits", 4, Duration.ofSeconds(30), () -> {
            for (int i = 0; i < perThread; i++) {
                counter.hit();
            }
        });
        long expected = 4L * perThread;
        long total = counter.total();
        assertThat(total)
                .withFailMessage("4 threads lost %s of %s hits: hits++ is a read, an add and a write, and two "
                        + "threads can interleave them.", Figures.count(expected - total), Figures.count(expected))
                .isEqualTo(expected);
    }

    @Test
    @Gate
    @DisplayName("two simultaneous hits always count as two (jcstress)")
    void noLostUpdate(TestReporter reporter) {
        JcstressRun.verdictOf(HitCounter_01_LostUpdate.class).assertPassed(reporter);
    }

    @Test
    @Gate
    @DisplayName("every schedule of hits and reads on two threads gives a correct total (Lincheck)")
    void everyScheduleCounts(TestReporter reporter) {
        ModelCheck.of(HitCounterModel.class).assertLinearizable(reporter, "HitCounter",
                "Look for the step where one thread read the count and the other wrote it before the first "
                        + "wrote back: that is the read-add-write that must become one step.");
    }

    @Test
    @Gate
    @DisplayName("a dashboard waiting for the first hit sees it (termination test)")
    void dashboardSeesTheHit(TestReporter reporter) {
        TerminationRun.assertTerminates(HitCounter_02_DashboardSeesHit.class, reporter);
    }
}
