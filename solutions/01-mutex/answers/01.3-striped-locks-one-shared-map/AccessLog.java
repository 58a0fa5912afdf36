package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

public class AccessLog {
    private static final int STRIPES = 16;

    private final Function<String, String> parser;
    private final Object[] stripes = new Object[STRIPES];
    private final ReadWriteLock mapLock = new ReentrantReadWriteLock();
    private final Map<String, Long> hitsByPath = new HashMap<>();

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    public void record(String line) {
        String path = parser.apply(line); // outside every lock
        // Recorders share the map (read lock); only recorders of paths in the same stripe exclude
        // each other, so /cart and /home are counted in parallel.
        mapLock.readLock().lock();
        try {
            synchronized (stripes[stripeOf(path)]) {
                hitsByPath.merge(path, 1L, Long::sum);
            }
        } finally {
            mapLock.readLock().unlock();
        }
    }

    public long hits(String path) {
        // The rare report takes the map for itself, so it never sees a map being changed.
        mapLock.writeLock().lock();
        try {
            return hitsByPath.getOrDefault(path, 0L);
        } finally {
            mapLock.writeLock().unlock();
        }
    }

    private static int stripeOf(String path) {
        int h = path.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }
}
