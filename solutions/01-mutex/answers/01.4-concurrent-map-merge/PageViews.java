package course.mutex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class PageViews {
    private final Map<String, Long> views = new ConcurrentHashMap<>();

    public void view(String page) {
        views.merge(page, 1L, Long::sum);
    }

    public long views(String page) {
        return views.getOrDefault(page, 0L);
    }
}
