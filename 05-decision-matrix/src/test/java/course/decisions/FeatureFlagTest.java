package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.measure.Contention;
import course.kit.measure.Together;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.3", title = "A flag needs no lock", points = 1,
        hint = "One variable, written rarely, read constantly: what gives visibility without a lock? "
                + "See 05-decision-matrix/README.md, 'Hints for 05.3'.")
@DisplayName("05.3 FeatureFlag is read without a lock")
class FeatureFlagTest {

    @Test
    @DisplayName("a reader thread sees the flag turned on by another thread")
    void changeIsVisible() {
        FeatureFlag flag = new FeatureFlag();
        List<Boolean> seen = Together.run("a reader and a writer of the flag", 2, Duration.ofSeconds(10), role -> () -> {
            if (role == 1) {
                flag.set(true);
                return true;
            }
            long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (!flag.isOn() && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return flag.isOn();
        });
        assertThat(seen.get(0)).as("the reader saw the change within 2 s").isTrue();
    }

    @Test
    @Gate
    @DisplayName("4 threads reading the flag do not wait for each other")
    void readersNeverWait(TestReporter reporter) {
        FeatureFlag flag = new FeatureFlag();
        flag.set(true);
        long[] sink = new long[4];
        Contention contention = Contention.measure("4 threads reading the flag", 4, Duration.ofMillis(500),
                i -> () -> sink[i] += flag.isOn() ? 1 : 0);
        Figures.report(reporter, contention.summary("reads"), Contention.threshold());
        contention.abortIfTooFewToTell();
        assertThat(contention.threadsRarelyStop())
                .withFailMessage("4 threads reading one boolean %s: each stop is a reader waiting for another "
                        + "reader to release the flag's lock.", contention)
                .isTrue();
    }
}
