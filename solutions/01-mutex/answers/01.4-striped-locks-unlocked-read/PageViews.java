package course.mutex;

import java.util.HashMap;
import java.util.Map;

public class PageViews {
    private static final int STRIPES = 16;
    private final Object[] locks = new Object[STRIPES];
    private final Map<String, Long>[] views;

    @SuppressWarnings("unchecked")
    public PageViews() {
        views = new Map[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
            views[i] = new HashMap<>();
        }
    }

    public void view(String page) {
        int stripe = stripeOf(page);
        synchronized (locks[stripe]) {
            views[stripe].merge(page, 1L, Long::sum);
        }
    }

    public long views(String page) {
        return views[stripeOf(page)].getOrDefault(page, 0L);
    }

    private static int stripeOf(String page) {
        int h = page.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }
}
