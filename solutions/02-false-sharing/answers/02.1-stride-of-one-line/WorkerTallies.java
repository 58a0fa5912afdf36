package course.falsesharing;

import java.util.concurrent.atomic.AtomicLongArray;

public class WorkerTallies {
    private static final int STRIDE = 8; // longs: 64 bytes
    private final AtomicLongArray tallies;

    public WorkerTallies(int workers) {
        tallies = new AtomicLongArray(workers * STRIDE);
    }

    public void add(int worker, long amount) {
        tallies.getAndAdd(worker * STRIDE, amount);
    }

    public long total() {
        long total = 0;
        for (int i = 0; i < tallies.length(); i++) {
            total += tallies.get(i);
        }
        return total;
    }
}
