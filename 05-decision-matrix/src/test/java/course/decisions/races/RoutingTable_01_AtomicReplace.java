package course.decisions.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.decisions.RoutingTable;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * A deployment moves both services from blue to green at once, while a request looks both up
 * (cart first, then checkout). A reader may see the old table or the new one; seeing cart still
 * on blue but checkout already on green is possible (the deploy may land between the two
 * lookups), the reverse order is not: checkout on blue after cart on green means the reader saw
 * the new table, then the old one again.
 */
@JCStressTest
@Outcome(id = "blue, blue", expect = ACCEPTABLE, desc = "both lookups before the deployment")
@Outcome(id = "green, green", expect = ACCEPTABLE, desc = "both lookups after the deployment")
@Outcome(id = "blue, green", expect = ACCEPTABLE, desc = "the deployment landed between the two lookups")
@Outcome(id = "green, blue", expect = FORBIDDEN, desc = "saw the new table, then the old one: half a replacement")
@Outcome(expect = FORBIDDEN, desc = "a service without a backend: the table was seen while being rebuilt")
@State
public class RoutingTable_01_AtomicReplace {

    private final RoutingTable table = new RoutingTable();

    public RoutingTable_01_AtomicReplace() {
        table.replaceAll(Map.of("cart", "blue", "checkout", "blue"));
    }

    @Actor
    public void deploy() {
        table.replaceAll(Map.of("cart", "green", "checkout", "green"));
    }

    @Actor
    public void request(LL_Result r) {
        r.r1 = table.backendFor("cart");
        r.r2 = table.backendFor("checkout");
    }
}
