package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

public class AccessLog {
    private final Function<String, String> parser;
    private final Map<String, Long> hitsByPath = new HashMap<>();
    private final Semaphore permit = new Semaphore(1);

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
    }

    public void record(String line) {
        permit.acquireUninterruptibly();
        try {
            hitsByPath.merge(parser.apply(line), 1L, Long::sum);
        } finally {
            permit.release();
        }
    }

    public long hits(String path) {
        permit.acquireUninterruptibly();
        try {
            return hitsByPath.getOrDefault(path, 0L);
        } finally {
            permit.release();
        }
    }
}
