package course.decisions;

import java.util.concurrent.locks.ReentrantLock;

public class Inventory {

    public record Stock(int available, int reserved) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private int available;
    private int reserved;

    public Inventory(int seats) {
        available = seats;
    }

    public boolean tryReserve() {
        lock.lock();
        try {
            if (available == 0) {
                return false;
            }
            available--;
            reserved++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    public Stock stock() {
        lock.lock();
        try {
            return new Stock(available, reserved);
        } finally {
            lock.unlock();
        }
    }
}
