package course.decisions.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.decisions.Inventory;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A buyer reserves one of two seats while the dashboard reads the stock (r1 = available,
 * r2 = reserved). The dashboard sees the stock before the reservation or after it; either way
 * the two counts add up to the two seats.
 */
@JCStressTest
@Outcome(id = "2, 0", expect = ACCEPTABLE, desc = "read before the reservation")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "read after the reservation")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "a seat in neither count: read in the middle of the move")
@Outcome(expect = FORBIDDEN, desc = "the counts do not add up to the seats")
@State
public class Inventory_02_ConsistentStock {

    private final Inventory inventory = new Inventory(2);

    @Actor
    public void buyer() {
        inventory.tryReserve();
    }

    @Actor
    public void dashboard(II_Result r) {
        Inventory.Stock stock = inventory.stock();
        r.r1 = stock.available();
        r.r2 = stock.reserved();
    }
}
