package course.falsesharing.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.falsesharing.WorkerTallies;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/** Spreading the tallies out must not lose or mix them: two workers add at once, the total is both. */
@JCStressTest
@Outcome(id = "3", expect = ACCEPTABLE, desc = "both amounts counted")
@Outcome(expect = FORBIDDEN, desc = "an amount was lost, or landed in a tally total() does not read")
@State
public class WorkerTallies_01_TwoWorkers {

    private final WorkerTallies tallies = new WorkerTallies(2);

    @Actor
    public void workerZero() {
        tallies.add(0, 1);
    }

    @Actor
    public void workerOne() {
        tallies.add(1, 2);
    }

    @Arbiter
    public void reporter(J_Result r) {
        r.r1 = tallies.total();
    }
}
