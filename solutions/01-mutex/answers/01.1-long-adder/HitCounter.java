package course.mutex;

import java.util.concurrent.atomic.LongAdder;

public class HitCounter {
    private final LongAdder hits = new LongAdder();

    public void hit() {
        hits.increment();
    }

    public long total() {
        return hits.sum();
    }
}
