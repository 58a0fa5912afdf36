package course.kit.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/** A plain flag read in a loop: once compiled, the loop reads it once and spins for ever. */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the loop saw the flag")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the loop never saw the flag")
@State
public class Flag_01_PlainSpin {

    private boolean ready;

    @Actor
    public void waiter() {
        while (!ready) {
            // spins on a plain read
        }
    }

    @Signal
    public void signal() {
        ready = true;
    }
}
