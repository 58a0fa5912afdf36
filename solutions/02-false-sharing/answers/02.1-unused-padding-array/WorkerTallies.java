package course.falsesharing;

import java.util.concurrent.atomic.AtomicLongArray;

public class WorkerTallies {
    private final AtomicLongArray tallies;
    private final long[] padding;

    public WorkerTallies(int workers) {
        tallies = new AtomicLongArray(workers);
        padding = new long[workers * 16];
    }

    public void add(int worker, long amount) {
        tallies.getAndAdd(worker, amount);
    }

    public long total() {
        long total = 0;
        for (int i = 0; i < tallies.length(); i++) {
            total += tallies.get(i);
        }
        return total + padding.length * 0L;
    }
}
