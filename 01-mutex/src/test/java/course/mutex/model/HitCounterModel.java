package course.mutex.model;

import course.mutex.HitCounter;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The operations of {@link HitCounter} for Lincheck's model checker: request threads hit, a
 * dashboard reads the total. Lincheck runs small scenarios of them on two threads under every
 * schedule it can reach, and compares each result with the counter's own results when the same
 * operations run one at a time.
 */
public class HitCounterModel {

    private final HitCounter counter = new HitCounter();

    @Operation
    public void hit() {
        counter.hit();
    }

    @Operation
    public long total() {
        return counter.total();
    }
}
