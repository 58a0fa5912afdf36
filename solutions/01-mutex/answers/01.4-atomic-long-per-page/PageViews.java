package course.mutex;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

public class PageViews {
    private final ConcurrentMap<String, AtomicLong> views = new ConcurrentHashMap<>();

    public void view(String page) {
        views.computeIfAbsent(page, p -> new AtomicLong()).incrementAndGet();
    }

    public long views(String page) {
        AtomicLong counter = views.get(page);
        return counter == null ? 0 : counter.get();
    }
}
