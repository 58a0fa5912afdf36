package course.mutex.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.mutex.AccessLog;
import course.mutex.AccessLines;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Two threads record a line for the same path at once. Moving the parse out of the lock must
 * not move the map update out with it.
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both hits counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: both threads merged into the same old count")
@Outcome(expect = FORBIDDEN, desc = "map corrupted by an unguarded update")
@State
public class AccessLog_01_SamePathTwice {

    private final AccessLog log = new AccessLog(AccessLines::pathOf);

    @Actor
    public void firstThread() {
        log.record(AccessLines.get("/cart"));
    }

    @Actor
    public void secondThread() {
        log.record(AccessLines.get("/Cart/"));
    }

    @Arbiter
    public void report(J_Result r) {
        r.r1 = log.hits("/cart");
    }
}
