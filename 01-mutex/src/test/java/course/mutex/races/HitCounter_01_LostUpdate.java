package course.mutex.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.mutex.HitCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Two threads record one hit each, at the same moment, millions of times over. A correct
 * counter always ends at 2. A plain {@code hits++} sometimes ends at 1: both threads read 0,
 * both wrote 1.
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both hits counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: both threads read 0 and wrote 1")
@Outcome(expect = FORBIDDEN, desc = "impossible total for two hits")
@State
public class HitCounter_01_LostUpdate {

    private final HitCounter counter = new HitCounter();

    @Actor
    public void firstRequest() {
        counter.hit();
    }

    @Actor
    public void secondRequest() {
        counter.hit();
    }

    @Arbiter
    public void dashboard(J_Result r) {
        r.r1 = counter.total();
    }
}
