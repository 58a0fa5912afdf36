package course.decisions.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.decisions.VisitCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/** Two requests of the same user at once, on a ConcurrentHashMap: both must count. */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both visits counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: both threads read the same count, then both put count + 1")
@Outcome(expect = FORBIDDEN, desc = "impossible count for two visits")
@State
public class VisitCounter_01_SameUserTwice {

    private final VisitCounter counter = new VisitCounter();

    @Actor
    public void firstRequest() {
        counter.visit("ann");
    }

    @Actor
    public void secondRequest() {
        counter.visit("ann");
    }

    @Arbiter
    public void report(I_Result r) {
        r.r1 = counter.visits("ann");
    }
}
