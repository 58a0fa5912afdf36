package course.mutex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

public class PageViews {
    private final Map<String, LongAdder> views = new ConcurrentHashMap<>();

    public void view(String page) {
        LongAdder counter = views.get(page);
        if (counter == null) {
            counter = new LongAdder();
            views.put(page, counter);
        }
        counter.increment();
    }

    public long views(String page) {
        LongAdder counter = views.get(page);
        return counter == null ? 0 : counter.sum();
    }
}
