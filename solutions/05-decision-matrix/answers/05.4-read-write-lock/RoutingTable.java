package course.decisions;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class RoutingTable {

    private final Map<String, String> routes = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public String backendFor(String service) {
        lock.readLock().lock();
        try {
            return routes.get(service);
        } finally {
            lock.readLock().unlock();
        }
    }

    public void replaceAll(Map<String, String> table) {
        lock.writeLock().lock();
        try {
            routes.clear();
            routes.putAll(table);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
