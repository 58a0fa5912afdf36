package course.mutex;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

public class PageViews {

    /** The page table, never changed once published: a new page publishes a new table. */
    private final AtomicReference<Map<String, AtomicLong>> pages = new AtomicReference<>(Map.of());

    public void view(String page) {
        AtomicLong counter = pages.get().get(page);
        if (counter == null) {
            counter = addPage(page);
        }
        counter.incrementAndGet();
    }

    public long views(String page) {
        AtomicLong counter = pages.get().get(page);
        return counter == null ? 0 : counter.get();
    }

    /** The page's counter, after publishing a table that has it; a lost race retries on the winner's table. */
    private AtomicLong addPage(String page) {
        while (true) {
            Map<String, AtomicLong> current = pages.get();
            AtomicLong existing = current.get(page);
            if (existing != null) {
                return existing;
            }
            Map<String, AtomicLong> next = new HashMap<>(current);
            AtomicLong created = new AtomicLong();
            next.put(page, created);
            if (pages.compareAndSet(current, next)) {
                return created;
            }
        }
    }
}
