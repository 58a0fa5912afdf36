package course.pooling.model;

import course.pooling.BoundedPool;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Borrowers of one {@link BoundedPool} for Lincheck's model checker. Each operation is a whole
 * borrow-write-release cycle that says what it saw: the object still held by another borrower,
 * the previous borrower's data in it, someone else writing into it while it was lent, or more
 * idle objects than the pool's capacity. Run one at a time, every cycle sees "ok"
 * ({@link Specification}); Lincheck looks for a schedule of two threads in which one does not.
 */
public class BoundedPoolModel {

    static final int CAPACITY = 1;

    /** What a pooled object holds: who has it now, and what its last borrower wrote. */
    static final class Buffer {
        int holder;
        int contents;
    }

    private final BoundedPool<Buffer> pool = new BoundedPool<>(CAPACITY, Buffer::new, buffer -> buffer.contents = 0);

    @Operation
    public String borrowWriteRelease() {
        int me = (int) Thread.currentThread().threadId();
        Buffer buffer = pool.borrow();
        if (buffer.holder != 0) {
            return "borrowed an object that another borrower still holds";
        }
        if (buffer.contents != 0) {
            return "borrowed an object with the previous borrower's data in it";
        }
        buffer.holder = me;
        buffer.contents = me;
        if (buffer.holder != me || buffer.contents != me) {
            return "another thread wrote into the object while it was lent";
        }
        buffer.holder = 0;
        pool.release(buffer);
        if (pool.idle() > CAPACITY) {
            return "the pool held more idle objects than its capacity of " + CAPACITY;
        }
        return "ok";
    }

    /** The cycles run one at a time, on a correct pool: each one sees a clean object of its own. */
    public static class Specification {
        public String borrowWriteRelease() {
            return "ok";
        }
    }
}
