package course.decisions;

import java.util.HashMap;
import java.util.Map;

public class VisitCounter {

    private final Map<String, Integer> visits = new HashMap<>();

    public void visit(String user) {
        synchronized (visits) {
            visits.merge(user, 1, Integer::sum);
        }
    }

    public int visits(String user) {
        synchronized (visits) {
            return visits.getOrDefault(user, 0);
        }
    }
}
