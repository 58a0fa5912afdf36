package course.mutex;

import java.util.concurrent.atomic.LongAccumulator;

public class RequestCounter {
    private final LongAccumulator count = new LongAccumulator(Long::sum, 0);

    public void increment() {
        count.accumulate(1);
    }

    public long sum() {
        return count.get();
    }
}
