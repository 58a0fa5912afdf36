package course.decisions;

import java.util.Map;

/**
 * Which backend serves which service: every request thread calls {@link #backendFor} on every
 * request; a deployment replaces the whole table with {@link #replaceAll} a few times a day.
 *
 * <p>Contract: {@code backendFor(service)} returns the backend of {@code service} in the table
 * as last replaced (or null). A replacement is atomic: a reader sees either the whole old table
 * or the whole new one, never some entries of each.
 */
public class RoutingTable {

    /*
     * SOLUTION 05.4. Copy-on-write: each replacement builds an immutable copy (Map.copyOf) and
     * publishes it with one volatile write. A lookup is one volatile read of the current
     * snapshot and a get on a map that never changes: no lock, nothing written, readers never
     * wait for anyone. The replacement is atomic because it is one reference swap: a reader
     * holds the old snapshot or the new one, never a mix.
     *
     * Why not the alternatives: a ConcurrentHashMap updated with clear() and putAll() lets a
     * reader see a table half rebuilt (the jcstress test catches that); a ReadWriteLock keeps
     * readers from blocking each other but every read still writes the lock's state, a shared
     * cache line; StampedLock's optimistic reads avoid that but need a validate-and-retry dance.
     * When writes are rare and whole, a volatile immutable snapshot is the simplest and fastest.
     */
    private volatile Map<String, String> routes = Map.of();

    /** The backend serving {@code service}, or null. */
    public String backendFor(String service) {
        return routes.get(service);
    }

    /** Replaces the whole table with {@code table}. */
    public void replaceAll(Map<String, String> table) {
        routes = Map.copyOf(table);
    }
}
