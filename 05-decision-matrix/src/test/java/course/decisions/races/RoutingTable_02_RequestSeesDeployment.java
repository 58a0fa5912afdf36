package course.decisions.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.decisions.RoutingTable;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * A request waits in a loop until cart is served by green, while a deployment moves it there.
 * The loop must end: a table read without ordering (a plain field) may be read once, when the
 * loop is compiled, and never again.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the request saw the deployment")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the request never saw the deployment: backendFor() kept returning "
        + "the table read before replaceAll(), because nothing orders the read after the write")
@State
public class RoutingTable_02_RequestSeesDeployment {

    private final RoutingTable table = new RoutingTable();

    public RoutingTable_02_RequestSeesDeployment() {
        table.replaceAll(Map.of("cart", "blue"));
    }

    @Actor
    public void request() {
        while (!"green".equals(table.backendFor("cart"))) {
            // waits for the deployment
        }
    }

    @Signal
    public void deploy() {
        table.replaceAll(Map.of("cart", "green"));
    }
}
