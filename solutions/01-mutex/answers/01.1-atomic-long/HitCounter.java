package course.mutex;

import java.util.concurrent.atomic.AtomicLong;

public class HitCounter {
    private final AtomicLong hits = new AtomicLong();

    public void hit() {
        hits.incrementAndGet();
    }

    public long total() {
        return hits.get();
    }
}
