package course.mutex.model;

import course.mutex.RequestCounter;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The operations of {@link RequestCounter} for Lincheck's model checker. Checked for
 * obstruction-freedom: while one thread is paused at any point inside an operation, the other
 * must still finish its own.
 */
public class RequestCounterModel {

    private final RequestCounter counter = new RequestCounter();

    @Operation
    public void increment() {
        counter.increment();
    }

    @Operation
    public long sum() {
        return counter.sum();
    }
}
