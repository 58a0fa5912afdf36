package course.decisions;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public class VisitCounter {

    private final ConcurrentMap<String, Integer> visits = new ConcurrentHashMap<>();

    public void visit(String user) {
        visits.compute(user, (u, count) -> count == null ? 1 : count + 1);
    }

    public int visits(String user) {
        return visits.getOrDefault(user, 0);
    }
}
