package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

public class PageViews {
    private final Map<String, Long> views = new HashMap<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    public void view(String page) {
        lock();
        try {
            views.merge(page, 1L, Long::sum);
        } finally {
            busy.set(false);
        }
    }

    public long views(String page) {
        lock();
        try {
            return views.getOrDefault(page, 0L);
        } finally {
            busy.set(false);
        }
    }

    private void lock() {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
    }
}
