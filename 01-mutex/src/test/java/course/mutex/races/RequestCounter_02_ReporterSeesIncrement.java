package course.mutex.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.mutex.RequestCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * A metrics reporter waits for the first request while a worker counts it. A counter whose
 * {@code sum()} adds up plain per-thread cells (no volatile, no atomic, no lock) gives the JIT
 * leave to read them once and loop on what it read, for ever.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the reporter saw the increment")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the reporter never saw the increment: sum() kept returning a value "
        + "read before the increment, because nothing orders the read after the write")
@State
public class RequestCounter_02_ReporterSeesIncrement {

    private final RequestCounter counter = new RequestCounter();

    @Actor
    public void metricsReporter() {
        while (counter.sum() == 0) {
            // waits for the first request
        }
    }

    @Signal
    public void worker() {
        counter.increment();
    }
}
