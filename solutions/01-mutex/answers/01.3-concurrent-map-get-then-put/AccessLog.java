package course.mutex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

public class AccessLog {
    private final Function<String, String> parser;
    private final Map<String, Long> hitsByPath = new ConcurrentHashMap<>();

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
    }

    public void record(String line) {
        String path = parser.apply(line);
        hitsByPath.put(path, hitsByPath.getOrDefault(path, 0L) + 1);
    }

    public long hits(String path) {
        return hitsByPath.getOrDefault(path, 0L);
    }
}
