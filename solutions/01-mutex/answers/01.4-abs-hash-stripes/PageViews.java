package course.mutex;

import java.util.HashMap;
import java.util.Map;

public class PageViews {
    private static final int STRIPES = 31; // a prime spreads the hash codes evenly
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
        int stripe = stripeOf(page);
        synchronized (locks[stripe]) {
            return views[stripe].getOrDefault(page, 0L);
        }
    }

    private static int stripeOf(String page) {
        return Math.abs(page.hashCode()) % STRIPES; // abs: "/search" has a negative hash code
    }
}
