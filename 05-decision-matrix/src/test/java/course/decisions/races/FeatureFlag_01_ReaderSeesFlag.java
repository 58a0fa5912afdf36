package course.decisions.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.decisions.FeatureFlag;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * A request thread waits in a loop for the feature to be switched on; an operator switches it.
 * A plain boolean read (no volatile, no lock, no atomic) may be read once by the compiled loop
 * and never again: the request waits for ever, on any CPU.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the request saw the flag turned on")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the request never saw the flag turned on: isOn() kept returning "
        + "a value read before set(true), because nothing orders the read after the write")
@State
public class FeatureFlag_01_ReaderSeesFlag {

    private final FeatureFlag flag = new FeatureFlag();

    @Actor
    public void request() {
        while (!flag.isOn()) {
            // waits for the operator
        }
    }

    @Signal
    public void operator() {
        flag.set(true);
    }
}
