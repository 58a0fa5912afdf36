package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

public class AccessLog {

    private final Function<String, String> parser;
    private final Map<String, Long> hitsByPath = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
    }

    public void record(String line) {
        String path = parser.apply(line); // no lock held: the parser is stateless
        lock.writeLock().lock();
        try {
            hitsByPath.merge(path, 1L, Long::sum);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long hits(String path) {
        lock.readLock().lock();
        try {
            return hitsByPath.getOrDefault(path, 0L);
        } finally {
            lock.readLock().unlock();
        }
    }
}
