package course.mutex;

import java.util.concurrent.locks.StampedLock;

public class HitCounter {

    private final StampedLock lock = new StampedLock();
    private long hits; // guarded by lock: written only under the write lock

    public void hit() {
        long stamp = lock.writeLock();
        try {
            hits++;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public long total() {
        long stamp = lock.tryOptimisticRead(); // 0 while a hit() holds the write lock
        long seen = hits;
        if (lock.validate(stamp)) {
            return seen; // no write lock was taken since the stamp: seen is the current total
        }
        stamp = lock.readLock();
        try {
            return hits;
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
