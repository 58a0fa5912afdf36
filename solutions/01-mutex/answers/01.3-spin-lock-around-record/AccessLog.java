package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

public class AccessLog {
    private final Function<String, String> parser;
    private final Map<String, Long> hitsByPath = new HashMap<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
    }

    public void record(String line) {
        lock();
        try {
            hitsByPath.merge(parser.apply(line), 1L, Long::sum);
        } finally {
            busy.set(false);
        }
    }

    public long hits(String path) {
        lock();
        try {
            return hitsByPath.getOrDefault(path, 0L);
        } finally {
            busy.set(false);
        }
    }

    private void lock() {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
    }
}
