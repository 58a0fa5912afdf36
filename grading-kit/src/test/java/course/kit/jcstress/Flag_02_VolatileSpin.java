package course.kit.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/** The same loop on a volatile flag: every iteration reads it again. */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the loop saw the flag")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the loop never saw the flag")
@State
public class Flag_02_VolatileSpin {

    private volatile boolean ready;

    @Actor
    public void waiter() {
        while (!ready) {
            // spins on a volatile read
        }
    }

    @Signal
    public void signal() {
        ready = true;
    }
}
