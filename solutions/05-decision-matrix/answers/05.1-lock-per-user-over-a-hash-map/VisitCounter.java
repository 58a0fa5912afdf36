package course.decisions;

import java.util.HashMap;
import java.util.Map;

public class VisitCounter {

    private final Map<String, Integer> visits = new HashMap<>();

    public void visit(String user) {
        // One lock per user: two visits of the same user take turns, visits of different users never wait.
        synchronized (user.intern()) {
            visits.merge(user, 1, Integer::sum);
        }
    }

    public int visits(String user) {
        synchronized (user.intern()) {
            return visits.getOrDefault(user, 0);
        }
    }
}
