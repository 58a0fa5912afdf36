package course.decisions;

import java.util.HashMap;
import java.util.Map;

public class VisitCounter {

    private volatile Map<String, Integer> visits = Map.of();

    public void visit(String user) {
        Map<String, Integer> next = new HashMap<>(visits);
        next.merge(user, 1, Integer::sum);
        visits = Map.copyOf(next);
    }

    public int visits(String user) {
        return visits.getOrDefault(user, 0);
    }
}
