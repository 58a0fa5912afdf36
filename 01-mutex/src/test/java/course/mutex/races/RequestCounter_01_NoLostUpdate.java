package course.mutex.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.mutex.RequestCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/** A faster counter must still count both of two simultaneous increments. */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both requests counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: one increment overwrote the other")
@Outcome(expect = FORBIDDEN, desc = "impossible sum for two increments")
@State
public class RequestCounter_01_NoLostUpdate {

    private final RequestCounter counter = new RequestCounter();

    @Actor
    public void firstWorker() {
        counter.increment();
    }

    @Actor
    public void secondWorker() {
        counter.increment();
    }

    @Arbiter
    public void reporter(J_Result r) {
        r.r1 = counter.sum();
    }
}
