package course.decisions;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seats of one concert: request threads call {@link #tryReserve()}; a dashboard calls
 * {@link #stock()} to show how many seats are still available and how many are reserved.
 *
 * <p>Contract: a seat is reserved at most once (never more reservations than seats), and every
 * {@code stock()} shows {@code available + reserved == seats}, as of one moment.
 *
 * <h2>TASK 05.5 - Two fields, one invariant: a mutex (2 points)</h2>
 * Row "mutex" of the matrix. Each counter here is an atomic, and each of their calls is
 * atomic, but the invariant ties the two counters together: moving a seat from one to the other
 * takes two calls, and checking that a seat is left is a third. Another thread can run between
 * any two of them. Atomics are the tool for one variable; when several must change together,
 * make the whole change one critical section (it is tiny, so the lock is cheap), or keep the
 * state in one immutable value and replace it atomically.
 * <p>Graded by: {@code ./mvnw test -pl 05-decision-matrix}: two threads reserving the last seat
 * never both get it, and a dashboard never sees a seat missing or counted twice (jcstress tests
 * {@code Inventory_01_LastSeat} and {@code Inventory_02_ConsistentStock}, and a buyer and a
 * dashboard kept busy for a second).
 */
public class Inventory {

    /** What the dashboard shows. */
    public record Stock(int available, int reserved) {
    }

    private final AtomicInteger available;
    private final AtomicInteger reserved = new AtomicInteger();

    /** A concert with {@code seats} seats, none reserved. */
    public Inventory(int seats) {
        available = new AtomicInteger(seats);
    }

    /** Reserves one seat; false when none is left. */
    public boolean tryReserve() {
        if (available.get() == 0) { // TODO 05.5: another thread may take the last seat right after this check
            return false;
        }
        available.decrementAndGet(); // TODO 05.5: between these two calls a seat is in neither counter
        reserved.incrementAndGet();
        return true;
    }

    /** The number of available and of reserved seats, as of one moment. */
    public Stock stock() {
        return new Stock(available.get(), reserved.get()); // TODO 05.5: two reads, two different moments
    }
}
