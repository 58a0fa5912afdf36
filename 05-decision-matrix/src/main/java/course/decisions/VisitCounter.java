package course.decisions;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts page visits per user. Request threads call {@link #visit} for every request; many
 * users, many threads, mostly reads of the map.
 *
 * <p>Contract: after {@code n} calls to {@code visit(user)} have returned, from any threads,
 * {@code visits(user)} returns {@code n}.
 *
 * <h2>TASK 05.1 - A concurrent map still needs atomic updates (2 points)</h2>
 * Row "concurrent map" of the matrix: many threads read, few write, so {@code ConcurrentHashMap}
 * is the right tool. But it only makes each single call atomic. {@code get} then {@code put}
 * is two calls: two threads can both read 3 and both write 4 (check-then-act). Make the
 * read-modify-write one call of the map.
 * <p>Graded by: {@code ./mvnw test -pl 05-decision-matrix}: two simultaneous visits of one user
 * count as two (jcstress test {@code VisitCounter_01_SameUserTwice}), and two threads visiting
 * one user for a second lose no visit.
 */
public class VisitCounter {

    private final ConcurrentMap<String, Integer> visits = new ConcurrentHashMap<>();

    /** Counts one visit of {@code user}. */
    public void visit(String user) {
        Integer before = visits.get(user); // TODO 05.1: check ...
        visits.put(user, before == null ? 1 : before + 1); // ... then act: another thread may have acted in between
    }

    /** Visits of {@code user} so far. */
    public int visits(String user) {
        return visits.getOrDefault(user, 0);
    }
}
