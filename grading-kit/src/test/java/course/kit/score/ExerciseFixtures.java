package course.kit.score;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** Exercises with known outcomes, run by {@link ScoreboardListenerTest} through the launcher. */
final class ExerciseFixtures {

    private ExerciseFixtures() {
    }

    @Exercise(id = "99.1", title = "Passes", points = 2)
    static class Passing {
        @Test
        @Gate
        void measuresAndPasses(TestReporter reporter) {
            Figures.report(reporter, "0 stops", "0");
        }
    }

    @Exercise(id = "99.2", title = "Fails by assertion", points = 3, hint = "read the lesson")
    static class FailingByAssertion {
        @Test
        @Gate
        void gateFails() {
            assertThat(1).as("lost updates").isZero();
        }

        @Test
        void specPasses() {
        }
    }

    @Exercise(id = "99.3", title = "Inconclusive", points = 1)
    static class Inconclusive {
        @Test
        @Gate
        void machineTooBusy() {
            throw Figures.inconclusive("1.10 effective CPUs");
        }
    }

    @Exercise(id = "99.4", title = "Crashes and skips", points = 1)
    static class CrashingAndSkipped {
        @Test
        void crashes() {
            throw new IllegalStateException("boom");
        }

        @Test
        @Disabled("not today")
        void skipped() {
        }
    }
}
