package course.decisions;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;

public class RoutingTable {

    private final Map<String, String> routes = new HashMap<>();
    private final StampedLock lock = new StampedLock();

    public String backendFor(String service) {
        long stamp = lock.tryOptimisticRead();
        String backend = routes.get(service);
        if (lock.validate(stamp)) {
            return backend;
        }
        stamp = lock.readLock();
        try {
            return routes.get(service);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    public void replaceAll(Map<String, String> table) {
        long stamp = lock.writeLock();
        try {
            routes.clear();
            routes.putAll(table);
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
