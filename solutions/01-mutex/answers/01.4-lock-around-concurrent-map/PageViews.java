package course.mutex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class PageViews {
    private final Map<String, Long> views = new ConcurrentHashMap<>();

    public void view(String page) {
        synchronized (views) {
            views.put(page, views.getOrDefault(page, 0L) + 1);
        }
    }

    public long views(String page) {
        return views.getOrDefault(page, 0L);
    }
}
