package course.decisions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

public class VisitCounter {

    private final Map<String, LongAdder> visits = new ConcurrentHashMap<>();

    public void visit(String user) {
        visits.computeIfAbsent(user, u -> new LongAdder()).increment();
    }

    public int visits(String user) {
        LongAdder count = visits.get(user);
        return count == null ? 0 : count.intValue();
    }
}
