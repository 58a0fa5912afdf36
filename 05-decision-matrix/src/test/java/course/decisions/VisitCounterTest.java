package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.races.VisitCounter_01_SameUserTwice;
import course.decisions.races.VisitCounter_02_TwoNewUsers;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.Together;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    /** How many users of its own each thread of {@link #noVisitLostInASecond} visits, in turn. */
    private static final int OWN_USERS = 20_000;

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

    @Test
    @DisplayName("first visits of two users at once count one each (jcstress)")
    void noLostUser(TestReporter reporter) {
        JcstressRun.verdictOf(VisitCounter_02_TwoNewUsers.class).assertPassed(reporter);
    }

    /*
     * The same race as VisitCounter_01_SameUserTwice, caught another way: two threads loop for a
     * whole second, so the race also shows on a busy machine where they share one core. A thread
     * paused between its get and its put overwrites every visit the other counted meanwhile.
     * Each thread also visits users of its own, new to the map, so that the two threads add
     * keys at once, which a map made for one thread may lose, or notice and throw.
     */
    @Test
    @Gate
    @DisplayName("two threads visiting for a second, one user together and new users each: every visit is counted")
    void noVisitLostInASecond(TestReporter reporter) {
        VisitCounter counter = new VisitCounter();
        long end = System.nanoTime() + BUSY_FOR.toNanos();
        Queue<String> thrown = new ConcurrentLinkedQueue<>();
        List<Long> perThread = Together.run("2 threads visiting \"ann\" and users of their own for "
                + BUSY_FOR.toSeconds() + " s", 2, Duration.ofSeconds(60), thread -> () -> {
                    long n = 0;
                    try {
                        while (System.nanoTime() < end) {
                            counter.visit("ann");
                            counter.visit(ownUser(thread, n));
                            n++;
                        }
                    } catch (RuntimeException e) {
                        thrown.add(e.toString());
                    }
                    return n;
                });
        assertThat(thrown)
                .withFailMessage("visit() threw on %d of 2 threads, %s: two threads changed one map at once, and it "
                        + "noticed.", thrown.size(), thrown)
                .isEmpty();
        long annLost = perThread.stream().mapToLong(Long::longValue).sum() - counter.visits("ann");
        long ownLost = 0;
        for (int thread = 0; thread < perThread.size(); thread++) {
            for (long n = 0; n < Math.min(perThread.get(thread), OWN_USERS); n++) {
                long expected = perThread.get(thread) / OWN_USERS + (n < perThread.get(thread) % OWN_USERS ? 1 : 0);
                ownLost += expected - counter.visits(ownUser(thread, n));
            }
        }
        long visits = 2 * perThread.stream().mapToLong(Long::longValue).sum();
        Figures.report(reporter, Figures.count(annLost + ownLost) + " visits lost of " + Figures.count(visits), "0");
        assertThat(annLost + ownLost)
                .withFailMessage("%s of %s visits were lost: %s of \"ann\", whom both threads visited, and %s of users "
                        + "each thread visited alone (two threads adding new users to one map at once)",
                        Figures.count(annLost + ownLost), Figures.count(visits), Figures.count(annLost),
                        Figures.count(ownLost))
                .isZero();
    }

    private static String ownUser(int thread, long n) {
        return "user-" + thread + "-" + n % OWN_USERS;
    }
}
