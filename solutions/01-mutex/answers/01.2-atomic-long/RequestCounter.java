package course.mutex;

import java.util.concurrent.atomic.AtomicLong;

public class RequestCounter {
    private final AtomicLong count = new AtomicLong();

    public void increment() {
        count.incrementAndGet();
    }

    public long sum() {
        return count.get();
    }
}
