package course.decisions;

/**
 * The seats of one concert: request threads call {@link #tryReserve()}; a dashboard calls
 * {@link #stock()} to show how many seats are still available and how many are reserved.
 *
 * <p>Contract: a seat is reserved at most once (never more reservations than seats), and every
 * {@code stock()} shows {@code available + reserved == seats}, as of one moment.
 */
public class Inventory {

    /** What the dashboard shows. */
    public record Stock(int available, int reserved) {
    }

    /*
     * SOLUTION 05.5. One monitor guards both counters, so the check, the move and the read of
     * both counts are each one step for every other thread: nobody can take the last seat
     * between the check and the move, and the dashboard reads both counts at one moment.
     *
     * Why a lock is the right tool here: the critical sections are a comparison and two
     * additions, a few nanoseconds, so the lock is held too briefly to queue anyone for long.
     * Two atomics were "lock-free" but wrong; making them right without a lock means packing
     * both counts into one value (an AtomicReference<Stock> updated with compareAndSet, or
     * both ints in one AtomicLong). That works too and is worth it only if a profile shows
     * this lock contended; the monitor is simpler to read and to get right.
     */
    private int available;
    private int reserved;

    /** A concert with {@code seats} seats, none reserved. */
    public Inventory(int seats) {
        available = seats;
    }

    /** Reserves one seat; false when none is left. */
    public synchronized boolean tryReserve() {
        if (available == 0) {
            return false;
        }
        available--;
        reserved++;
        return true;
    }

    /** The number of available and of reserved seats, as of one moment. */
    public synchronized Stock stock() {
        return new Stock(available, reserved);
    }
}
