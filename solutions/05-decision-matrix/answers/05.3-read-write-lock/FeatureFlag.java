package course.decisions;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class FeatureFlag {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean on;

    public boolean isOn() {
        lock.readLock().lock();
        try {
            return on;
        } finally {
            lock.readLock().unlock();
        }
    }

    public void set(boolean value) {
        lock.writeLock().lock();
        try {
            on = value;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
