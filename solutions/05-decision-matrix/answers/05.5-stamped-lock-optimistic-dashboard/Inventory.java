package course.decisions;

import java.util.concurrent.locks.StampedLock;

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
     * One lock for the invariant, a StampedLock: a reservation (the check and both counts) is
     * one write-locked critical section; the dashboard reads both counts optimistically, without
     * writing anything, and keeps them only if no reservation ran meanwhile (validate()); when
     * one did, it reads them again under the read lock.
     */
    private final StampedLock lock = new StampedLock();
    private int available; // guarded by lock
    private int reserved;  // guarded by lock

    /** A concert with {@code seats} seats, none reserved. */
    public Inventory(int seats) {
        long stamp = lock.writeLock();
        try {
            available = seats;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Reserves one seat; false when none is left. */
    public boolean tryReserve() {
        long stamp = lock.writeLock();
        try {
            if (available == 0) {
                return false;
            }
            available--;
            reserved++;
            return true;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** The number of available and of reserved seats, as of one moment. */
    public Stock stock() {
        long stamp = lock.tryOptimisticRead();
        int a = available;
        int r = reserved;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                a = available;
                r = reserved;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return new Stock(a, r);
    }
}
