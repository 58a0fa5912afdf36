package course.falsesharing.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.falsesharing.PipelineStats;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * The monitor waits for the writer's first line. Padding changes where the counters live, not
 * how they are read: a counter that is no longer volatile may be read once by the compiled loop
 * and never again, however far it sits from the other thread's fields.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the monitor saw the line written")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the monitor never saw the line: linesWritten() kept returning a "
        + "value read before the write, because nothing orders the read after it")
@State
public class PipelineStats_01_MonitorSeesLine {

    private final PipelineStats stats = new PipelineStats();

    @Actor
    public void monitor() {
        while (stats.linesWritten() == 0) {
            // waits for the first line written
        }
    }

    @Signal
    public void writer() {
        stats.lineWritten(10);
    }
}
