package course.pooling;

import java.util.ArrayDeque;
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
 * <h2>TASK 03.1 - A pool that never lends one object twice (3 points)</h2>
 * This pool is fast and wrong three times over. Its deque is not thread-safe: two threads that
 * borrow at once can both take the same object and corrupt each other's work. It hands out
 * objects with the previous borrower's data in them. And it keeps everything it is given, so a
 * burst of releases grows it without limit. Make borrow and release safe for many threads,
 * reset on release, and drop what does not fit.
 * <p>Graded by: {@code ./mvnw test -pl 03-pooling}: jcstress test
 * {@code BoundedPool_01_NoDoubleLending} (two simultaneous borrowers never share an object),
 * plus specifications for reset and the bound.
 *
 * @param <T> the type of the pooled objects
 */
public class BoundedPool<T> {

    private final int capacity;
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final ArrayDeque<T> idle = new ArrayDeque<>(); // TODO 03.1: not thread-safe, not bounded

    /**
     * A pool that keeps at most {@code capacity} idle objects, creates them with
     * {@code factory} and cleans them with {@code reset} when they come back.
     */
    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.capacity = capacity;
        this.factory = factory;
        this.reset = reset;
    }

    /** An idle object, or a new one when none is idle. */
    public T borrow() {
        T pooled = idle.poll(); // TODO 03.1: two threads can poll the same element
        return pooled != null ? pooled : factory.get();
    }

    /** Takes back an object borrowed from this pool. */
    public void release(T object) {
        idle.push(object); // TODO 03.1: no reset, no bound
    }

    /** Idle objects held right now. */
    public int idle() {
        return idle.size();
    }

    /** The most idle objects this pool keeps. */
    public int capacity() {
        return capacity;
    }
}
