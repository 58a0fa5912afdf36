package course.mutex;

import java.util.concurrent.locks.ReentrantLock;

public class HitCounter {
    private final ReentrantLock lock = new ReentrantLock();
    private long hits;

    public void hit() {
        lock.lock();
        try {
            hits++;
        } finally {
            lock.unlock();
        }
    }

    public long total() {
        lock.lock();
        try {
            return hits;
        } finally {
            lock.unlock();
        }
    }
}
