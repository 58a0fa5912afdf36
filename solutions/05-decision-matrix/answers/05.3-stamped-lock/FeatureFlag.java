package course.decisions;

import java.util.concurrent.locks.StampedLock;

public class FeatureFlag {
    private final StampedLock lock = new StampedLock();
    private boolean on;

    public boolean isOn() {
        long stamp = lock.tryOptimisticRead();
        boolean value = on;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                value = on;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return value;
    }

    public void set(boolean value) {
        long stamp = lock.writeLock();
        try {
            on = value;
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
