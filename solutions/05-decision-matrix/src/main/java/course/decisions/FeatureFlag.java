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
     * SOLUTION 05.3. A volatile field. A volatile write happens-before every later volatile read
     * of the same field, so readers see the change (the visibility the lock gave), and a
     * volatile read is a plain load on x86: no lock, no waiting, nothing written, so the
     * cache line stays shared by all readers. Dropping the lock WITHOUT volatile would be
     * wrong: the JIT may hoist the read out of a loop and never see the change.
     *
     * An AtomicBoolean is the same thing with compareAndSet added, for when a flag must be
     * flipped only once by exactly one thread.
     */
    private volatile boolean on;

    /** Whether the feature is on. */
    public boolean isOn() {
        return on;
    }

    /** Turns the feature on or off. */
    public void set(boolean value) {
        on = value;
    }
}
