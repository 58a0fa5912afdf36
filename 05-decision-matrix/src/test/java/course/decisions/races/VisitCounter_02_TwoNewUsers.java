package course.decisions.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.decisions.VisitCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * First visits of two users at once, into a counter that has seen nobody: each must count. A
 * lock per user does not stop two threads from adding different keys to one map at once.
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "both visits counted")
@Outcome(id = {"0, 1", "1, 0"}, expect = FORBIDDEN,
        desc = "lost user: both threads added a key to a map made for one thread at once, and one entry was lost")
@Outcome(expect = FORBIDDEN, desc = "impossible count for one visit each")
@State
public class VisitCounter_02_TwoNewUsers {

    private final VisitCounter counter = new VisitCounter();

    @Actor
    public void annsFirstVisit() {
        counter.visit("ann");
    }

    @Actor
    public void bobsFirstVisit() {
        counter.visit("bob");
    }

    @Arbiter
    public void report(II_Result r) {
        r.r1 = counter.visits("ann");
        r.r2 = counter.visits("bob");
    }
}
