package course.decisions.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.decisions.Inventory;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZI_Result;

/**
 * Two buyers try to reserve the one seat left. Exactly one of them gets it, and the arbiter,
 * which runs after both, finds that seat reserved (r3 = reserved seats).
 */
@JCStressTest
@Outcome(id = {"true, false, 1", "false, true, 1"}, expect = ACCEPTABLE, desc = "one buyer got the last seat")
@Outcome(id = "true, true, 2", expect = FORBIDDEN, desc = "both buyers got the last seat: sold twice")
@Outcome(expect = FORBIDDEN, desc = "the counters disagree with the buyers: a seat lost or invented")
@State
public class Inventory_01_LastSeat {

    private final Inventory inventory = new Inventory(1);

    @Actor
    public void firstBuyer(ZZI_Result r) {
        r.r1 = inventory.tryReserve();
    }

    @Actor
    public void secondBuyer(ZZI_Result r) {
        r.r2 = inventory.tryReserve();
    }

    @Arbiter
    public void count(ZZI_Result r) {
        r.r3 = inventory.stock().reserved();
    }
}
