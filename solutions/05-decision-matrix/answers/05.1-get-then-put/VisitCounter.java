package course.decisions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class VisitCounter {

    private final Map<String, Integer> visits = new ConcurrentHashMap<>();

    public void visit(String user) {
        visits.put(user, visits.getOrDefault(user, 0) + 1);
    }

    public int visits(String user) {
        return visits.getOrDefault(user, 0);
    }
}
