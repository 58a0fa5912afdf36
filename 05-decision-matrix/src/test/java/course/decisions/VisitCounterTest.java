package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.races.VisitCounter_01_SameUserTwice;
import course.kit.Exercise;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.1", title = "A concurrent map still needs atomic updates", points = 2,
        hint = "get-then-put is two calls. ConcurrentHashMap has one call that reads, computes and writes. "
                + "See 05-decision-matrix/README.md, 'Hints for 05.1'.")
@DisplayName("05.1 VisitCounter updates its map atomically")
class VisitCounterTest {

    @Test
    @DisplayName("visits are counted per user")
    void countsPerUser() {
        VisitCounter counter = new VisitCounter();
        counter.visit("ann");
        counter.visit("ann");
        counter.visit("bob");
        assertThat(counter.visits("ann")).isEqualTo(2);
        assertThat(counter.visits("bob")).isEqualTo(1);
        assertThat(counter.visits("cid")).isZero();
    }

    @Test
    @Gate
    @DisplayName("two simultaneous visits of one user count as two (jcstress)")
    void noLostVisit(TestReporter reporter) {
        JcstressRun.verdictOf(VisitCounter_01_SameUserTwice.class).assertPassed(reporter);
    }
}
