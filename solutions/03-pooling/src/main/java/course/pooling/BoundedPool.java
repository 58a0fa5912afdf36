package course.pooling;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A pool of reusable objects shared by many threads, for objects that are expensive to create
 * or large: buffers, compressors, digests. Java has no built-in one; this is it.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #borrow()} returns an object that no other borrower holds: an idle one if the
 *       pool has one, otherwise a new one from the factory. It never blocks and never returns
 *       null: the factory always yields a valid object.
 *   <li>{@link #release(Object)} takes back a borrowed object (each borrowed object is released
 *       at most once). It resets the object, so the next borrower finds it as new, and keeps it,
 *       unless the pool already holds {@code capacity} idle objects: then the object is dropped
 *       and left to the garbage collector. A pool is not a cache: it may drop what it holds.
 *   <li>{@link #idle()} is how many idle objects the pool holds, never more than capacity.
 * </ul>
 *
 * @param <T> the type of the pooled objects
 */
public class BoundedPool<T> {

    /*
     * SOLUTION 03.1. An ArrayBlockingQueue of the pool's capacity holds the idle objects.
     *
     * Why it is correct: poll() removes an element atomically, so two borrowers can never take
     * the same one; an object is in the queue only while nobody holds it. release() resets the
     * object BEFORE offering it, so no borrower can see it half-reset. offer() on a full queue
     * returns false instead of growing: the object is simply dropped and becomes garbage like
     * any other, so a burst of releases cannot grow the pool, and idle objects beyond the
     * capacity are the garbage collector's to reclaim.
     *
     * Why it is fast enough: one short lock hold per borrow and per release, and no allocation
     * (the queue is an array). That is cheap next to what a pool is for: a 16 KiB buffer or a
     * Deflater with 256 KiB of native state. For small objects it is not (exercise 03.3).
     */
    private final ArrayBlockingQueue<T> idle;
    private final Supplier<T> factory;
    private final Consumer<T> reset;

    /**
     * A pool that keeps at most {@code capacity} idle objects, creates them with
     * {@code factory} and cleans them with {@code reset} when they come back.
     */
    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.idle = new ArrayBlockingQueue<>(capacity);
        this.factory = factory;
        this.reset = reset;
    }

    /** An idle object, or a new one when none is idle. */
    public T borrow() {
        T pooled = idle.poll();
        return pooled != null ? pooled : factory.get();
    }

    /** Takes back an object borrowed from this pool. */
    public void release(T object) {
        reset.accept(object);
        idle.offer(object); // false when full: the object is dropped for the garbage collector
    }

    /** Idle objects held right now. */
    public int idle() {
        return idle.size();
    }

    /** The most idle objects this pool keeps. */
    public int capacity() {
        return idle.size() + idle.remainingCapacity();
    }
}
