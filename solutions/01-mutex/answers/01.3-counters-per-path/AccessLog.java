package course.mutex;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

public class AccessLog {
    private final Function<String, String> parser;
    private final ConcurrentMap<String, LongAdder> hitsByPath = new ConcurrentHashMap<>();

    public AccessLog(Function<String, String> parser) {
        this.parser = parser;
    }

    public void record(String line) {
        hitsByPath.computeIfAbsent(parser.apply(line), path -> new LongAdder()).increment();
    }

    public long hits(String path) {
        LongAdder hits = hitsByPath.get(path);
        return hits == null ? 0 : hits.sum();
    }
}
