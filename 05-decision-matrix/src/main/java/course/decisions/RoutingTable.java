package course.decisions;

import java.util.HashMap;
import java.util.Map;

/**
 * Which backend serves which service: every request thread calls {@link #backendFor} on every
 * request; a deployment replaces the whole table with {@link #replaceAll} a few times a day.
 *
 * <p>Contract: {@code backendFor(service)} returns the backend of {@code service} in the table
 * as last replaced (or null). A replacement is atomic: a reader sees either the whole old table
 * or the whole new one, never some entries of each.
 *
 * <h2>TASK 05.4 - Read-mostly data: readers must never wait (2 points)</h2>
 * Row "concurrent map", read-mostly variant. Every lookup takes the table's lock, so request
 * threads queue for each other although none of them changes anything. Readers must not wait,
 * for each other or for a deployment, and a replacement must stay atomic: a {@code ConcurrentHashMap} updated entry by
 * entry would let a reader see half a deployment. Publish each new table as an immutable
 * snapshot instead, and let readers read whichever snapshot is current.
 * <p>Graded by: {@code ./mvnw test -pl 05-decision-matrix}: Lincheck pauses a thread anywhere in a
 * lookup or a deployment and the other thread's lookup must still finish, and see a whole table;
 * a reader never sees half a replacement (jcstress test {@code RoutingTable_01_AtomicReplace});
 * a request waiting for a deployment sees it (termination test).
 */
public class RoutingTable {

    private final Map<String, String> routes = new HashMap<>();

    /** The backend serving {@code service}, or null. */
    public synchronized String backendFor(String service) { // TODO 05.4: every reader takes the lock
        return routes.get(service);
    }

    /** Replaces the whole table with {@code table}. */
    public synchronized void replaceAll(Map<String, String> table) {
        routes.clear();
        routes.putAll(table);
    }
}
