package course.decisions;

/**
 * A feature switch: every request thread asks {@link #isOn()} on every request; an operator
 * flips it with {@link #set} a few times a day.
 *
 * <p>Contract: once {@code set(value)} has returned, every later {@code isOn()}, on any thread,
 * returns {@code value}.
 *
 * <h2>TASK 05.3 - A flag needs no lock (1 point)</h2>
 * Row "atomic" of the matrix: a single variable, written rarely, read constantly. A lock gives
 * the reads the visibility they need, but it also makes every request thread take turns on the
 * flag's monitor. A {@code volatile} field (or an {@code AtomicBoolean}) gives the same
 * visibility with no lock at all.
 * <p>Graded by: {@code ./mvnw test -pl 05-decision-matrix}: while one thread is paused anywhere
 * inside {@code isOn()} or {@code set()}, another must still finish (Lincheck), and a request
 * waiting in a loop must see the flag turned on (a termination test).
 */
public class FeatureFlag {

    private boolean on;

    /** Whether the feature is on. */
    public synchronized boolean isOn() { // TODO 05.3: every request thread queues here to read one boolean
        return on;
    }

    /** Turns the feature on or off. */
    public synchronized void set(boolean value) {
        on = value;
    }
}
