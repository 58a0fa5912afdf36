package course.mutex;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

public class PageViews {
    private final Map<String, Long> views = Collections.synchronizedMap(new HashMap<>());

    public void view(String page) {
        views.merge(page, 1L, Long::sum);
    }

    public long views(String page) {
        return views.getOrDefault(page, 0L);
    }
}
