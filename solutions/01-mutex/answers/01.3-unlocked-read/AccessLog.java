package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

public class AccessLog {
    private final Function<String, String> parser;
    private final Map<String, Long> hitsByPath = new HashMap<>();

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
    }

    public void record(String line) {
        String path = parser.apply(line);
        synchronized (this) {
            hitsByPath.merge(path, 1L, Long::sum);
        }
    }

    public long hits(String path) {
        return hitsByPath.getOrDefault(path, 0L);
    }
}
