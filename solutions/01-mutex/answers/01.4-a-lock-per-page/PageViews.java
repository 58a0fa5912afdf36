package course.mutex;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public class PageViews {

    /** One page's count, guarded by its own monitor. */
    private static final class Counter {
        private long views;
    }

    private final ConcurrentMap<String, Counter> pages = new ConcurrentHashMap<>();

    public void view(String page) {
        Counter counter = pages.get(page);
        if (counter == null) {
            counter = pages.computeIfAbsent(page, p -> new Counter());
        }
        synchronized (counter) {
            counter.views++;
        }
    }

    public long views(String page) {
        Counter counter = pages.get(page);
        if (counter == null) {
            return 0;
        }
        synchronized (counter) {
            return counter.views;
        }
    }
}
