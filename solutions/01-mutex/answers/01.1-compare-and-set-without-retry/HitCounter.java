package course.mutex;

import java.util.concurrent.atomic.AtomicLong;

public class HitCounter {
    private final AtomicLong hits = new AtomicLong();

    public void hit() {
        long seen = hits.get();
        hits.compareAndSet(seen, seen + 1);
    }

    public long total() {
        return hits.get();
    }
}
