package course.mutex.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.mutex.HitCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * A dashboard waits for the first hit while a request records it. If {@code total()} reads the
 * field without the lock (or a volatile, or an atomic), nothing tells the JIT that another thread
 * writes it: it may read the field once and loop on that value for ever. x86 never reorders such
 * a read by itself, so a test of a few threads hardly ever shows this; a compiled loop does.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the dashboard saw the hit")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the dashboard never saw the hit: total() kept returning a value "
        + "read before the hit, because nothing orders the read after the write")
@State
public class HitCounter_02_DashboardSeesHit {

    private final HitCounter counter = new HitCounter();

    @Actor
    public void dashboard() {
        while (counter.total() == 0) {
            // waits for the hit
        }
    }

    @Signal
    public void request() {
        counter.hit();
    }
}
