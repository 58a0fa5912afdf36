package course.decisions;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class Inventory {

    public record Stock(int available, int reserved) {
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int available;
    private int reserved;

    public Inventory(int seats) {
        available = seats;
    }

    public boolean tryReserve() {
        lock.writeLock().lock();
        try {
            if (available == 0) {
                return false;
            }
            available--;
            reserved++;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Stock stock() {
        lock.readLock().lock();
        try {
            return new Stock(available, reserved);
        } finally {
            lock.readLock().unlock();
        }
    }
}
