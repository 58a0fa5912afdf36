package course.mutex;

import java.util.concurrent.atomic.AtomicLongArray;

public class RequestCounter {
    private static final int STRIPES = 16;
    private static final int SPACING = 16; // longs between two cells: 128 bytes
    private final AtomicLongArray cells = new AtomicLongArray(STRIPES * SPACING);

    public void increment() {
        long id = Thread.currentThread().threadId();
        int stripe = (int) ((id ^ (id >>> 16)) & (STRIPES - 1));
        cells.getAndIncrement(stripe * SPACING);
    }

    public long sum() {
        long sum = 0;
        for (int stripe = 0; stripe < STRIPES; stripe++) {
            sum += cells.get(stripe * SPACING);
        }
        return sum;
    }
}
