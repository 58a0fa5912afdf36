package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.Together;
import course.mutex.races.HitCounter_01_LostUpdate;
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
}
