package course.pooling.model;

import course.pooling.PriceQuoter;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Two request threads pricing lines through one {@link PriceQuoter}, for Lincheck's model
 * checker: a small line and a bulk one, so that a scratch object shared between the threads
 * shows as a wrong total. Checked for obstruction-freedom: while one thread is paused at any
 * point inside a quote, the other must still finish its own.
 */
public class PriceQuoterModel {

    private final PriceQuoter quoter = new PriceQuoter();

    @Operation
    public long quoteThreeItems() {
        return quoter.quote(3, 1_000);
    }

    @Operation
    public long quoteBulkOrder() {
        return quoter.quote(120, 999);
    }
}
