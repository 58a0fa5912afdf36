package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

public class AccessLog {
    /** How long a thread waits for another one's parse before it counts on the side. */
    private static final long WAIT_MS = 100;

    private final Function<String, String> parser;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Long> hitsByPath = new HashMap<>();
    private final Map<String, Long> overflow = new ConcurrentHashMap<>();

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
    }

    public void record(String line) {
        boolean locked;
        try {
            locked = lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (locked) {
            try {
                hitsByPath.merge(parser.apply(line), 1L, Long::sum);
            } finally {
                lock.unlock();
            }
        } else {
            // someone is stuck in a slow parse: stop waiting and count this line on the side
            overflow.merge(parser.apply(line), 1L, Long::sum);
        }
    }

    public long hits(String path) {
        lock.lock();
        try {
            return hitsByPath.getOrDefault(path, 0L) + overflow.getOrDefault(path, 0L);
        } finally {
            lock.unlock();
        }
    }
}
