package course.mutex;

import java.util.HashMap;
import java.util.Map;

public class PageViews {

    private final Map<String, Long> views = new HashMap<>();

    public void view(String page) {
        synchronized (page.intern()) { // one canonical String per page: a lock per page, for free
            views.merge(page, 1L, Long::sum);
        }
    }

    public long views(String page) {
        synchronized (page.intern()) {
            return views.getOrDefault(page, 0L);
        }
    }
}
