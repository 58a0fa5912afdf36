package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

public class PageViews {
    private final Map<String, Long> views = new HashMap<>();
    private final Semaphore permit = new Semaphore(1);

    public void view(String page) {
        permit.acquireUninterruptibly();
        try {
            views.merge(page, 1L, Long::sum);
        } finally {
            permit.release();
        }
    }

    public long views(String page) {
        permit.acquireUninterruptibly();
        try {
            return views.getOrDefault(page, 0L);
        } finally {
            permit.release();
        }
    }
}
