package course.decisions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class VisitCounter {

    private static final class Count {
        volatile int value;
    }

    private final Map<String, Count> visits = new ConcurrentHashMap<>();

    public void visit(String user) {
        visits.computeIfAbsent(user, u -> new Count()).value++;
    }

    public int visits(String user) {
        Count count = visits.get(user);
        return count == null ? 0 : count.value;
    }
}
