package course.mutex;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

public class RequestCounter {
    private final Queue<AtomicLong> cells = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<AtomicLong> mine = ThreadLocal.withInitial(() -> {
        AtomicLong cell = new AtomicLong();
        cells.add(cell);
        return cell;
    });

    public void increment() {
        AtomicLong cell = mine.get();
        cell.setRelease(cell.getPlain() + 1); // only this thread writes its cell
    }

    public long sum() {
        long sum = 0;
        for (AtomicLong cell : cells) {
            sum += cell.getAcquire();
        }
        return sum;
    }
}
