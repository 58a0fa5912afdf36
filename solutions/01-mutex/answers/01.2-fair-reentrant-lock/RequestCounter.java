package course.mutex;

import java.util.concurrent.locks.ReentrantLock;

public class RequestCounter {
    private final ReentrantLock lock = new ReentrantLock(true);
    private long count;

    public void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    public long sum() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
