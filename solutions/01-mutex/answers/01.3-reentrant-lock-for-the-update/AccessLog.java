package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

public class AccessLog {
    private final Function<String, String> parser;
    private final Map<String, Long> hitsByPath = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
    }

    public void record(String line) {
        String path = parser.apply(line);
        lock.lock();
        try {
            hitsByPath.merge(path, 1L, Long::sum);
        } finally {
            lock.unlock();
        }
    }

    public long hits(String path) {
        lock.lock();
        try {
            return hitsByPath.getOrDefault(path, 0L);
        } finally {
            lock.unlock();
        }
    }
}
