package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class PageViews {
    private final Map<String, Long> views = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public void view(String page) {
        lock.writeLock().lock();
        try {
            views.merge(page, 1L, Long::sum);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long views(String page) {
        lock.readLock().lock();
        try {
            return views.getOrDefault(page, 0L);
        } finally {
            lock.readLock().unlock();
        }
    }
}
