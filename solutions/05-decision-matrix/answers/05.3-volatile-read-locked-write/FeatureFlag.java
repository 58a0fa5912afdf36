package course.decisions;

/**
 * A feature switch: every request thread asks {@link #isOn()} on every request; an operator
 * flips it with {@link #set} a few times a day.
 *
 * <p>Contract: once {@code set(value)} has returned, every later {@code isOn()}, on any thread,
 * returns {@code value}.
 */
public class FeatureFlag {

    /*
     * The hot path, isOn(), takes no lock: a volatile read gives it the visibility the lock gave.
     * The write, a few times a day, keeps its synchronized: it costs nothing there, and no
     * request thread ever takes it.
     */
    private volatile boolean on;

    /** Whether the feature is on. */
    public boolean isOn() {
        return on;
    }

    /** Turns the feature on or off. */
    public synchronized void set(boolean value) {
        on = value;
    }
}
