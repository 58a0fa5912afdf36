package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.races.VisitCounter_01_SameUserTwice;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.Together;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.1", title = "A concurrent map still needs atomic updates", points = 2,
        hint = "get-then-put is two calls. ConcurrentHashMap has one call that reads, computes and writes. "
                + "See 05-decision-matrix/README.md, 'Hints for 05.1'.")
@DisplayName("05.1 VisitCounter updates its map atomically")
class VisitCounterTest {

    /** How long the two threads of {@link #noVisitLostInASecond} keep visiting. */
    private static final Duration BUSY_FOR = Duration.ofSeconds(1);

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

    /*
     * The same race as VisitCounter_01_SameUserTwice, caught another way: two threads loop for a
     * whole second, so the race also shows on a busy machine where they share one core. A thread
     * paused between its get and its put overwrites every visit the other counted meanwhile.
     */
    @Test
    @Gate
    @DisplayName("two threads visiting one user for a second: every visit is counted")
    void noVisitLostInASecond(TestReporter reporter) {
        VisitCounter counter = new VisitCounter();
        long end = System.nanoTime() + BUSY_FOR.toNanos();
        long visits = Together.run("2 threads visiting \"ann\" for " + BUSY_FOR.toSeconds() + " s", 2,
                Duration.ofSeconds(60), thread -> () -> {
                    long n = 0;
                    while (System.nanoTime() < end) {
                        counter.visit("ann");
                        n++;
                    }
                    return n;
                }).stream().mapToLong(Long::longValue).sum();
        long lost = visits - counter.visits("ann");
        Figures.report(reporter, Figures.count(lost) + " visits lost of " + Figures.count(visits), "0");
        assertThat(lost).as("visits made (" + visits + ") minus visits counted").isZero();
    }
}
