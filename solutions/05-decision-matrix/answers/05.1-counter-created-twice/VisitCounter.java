package course.decisions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

public class VisitCounter {

    private final Map<String, AtomicInteger> visits = new ConcurrentHashMap<>();

    public void visit(String user) {
        if (!visits.containsKey(user)) {
            visits.put(user, new AtomicInteger());
        }
        visits.get(user).incrementAndGet();
    }

    public int visits(String user) {
        AtomicInteger count = visits.get(user);
        return count == null ? 0 : count.get();
    }
}
