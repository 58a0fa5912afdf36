package course.decisions;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts page visits per user. Request threads call {@link #visit} for every request; many
 * users, many threads, mostly reads of the map.
 *
 * <p>Contract: after {@code n} calls to {@code visit(user)} have returned, from any threads,
 * {@code visits(user)} returns {@code n}.
 */
public class VisitCounter {

    /*
     * SOLUTION 05.1. merge() reads the old count, adds one and writes the result as one atomic
     * step of the map (it locks only the bin of that key while it does). Any read-modify-write
     * on a ConcurrentHashMap belongs in merge, compute, computeIfAbsent or putIfAbsent; a get
     * followed by a put is a race, whatever map it is called on.
     *
     * Why a concurrent map is the right row of the matrix: reads (visits) take no lock at all,
     * and updates of different users rarely touch the same bin.
     */
    private final ConcurrentMap<String, Integer> visits = new ConcurrentHashMap<>();

    /** Counts one visit of {@code user}. */
    public void visit(String user) {
        visits.merge(user, 1, Integer::sum);
    }

    /** Visits of {@code user} so far. */
    public int visits(String user) {
        return visits.getOrDefault(user, 0);
    }
}
