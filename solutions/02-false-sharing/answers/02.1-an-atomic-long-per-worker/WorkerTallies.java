package course.falsesharing;

import java.util.concurrent.atomic.AtomicLong;

public class WorkerTallies {
    private final AtomicLong[] tallies;

    public WorkerTallies(int workers) {
        tallies = new AtomicLong[workers];
        for (int w = 0; w < workers; w++) {
            tallies[w] = new AtomicLong();
        }
    }

    public void add(int worker, long amount) {
        tallies[worker].getAndAdd(amount);
    }

    public long total() {
        long total = 0;
        for (AtomicLong tally : tallies) {
            total += tally.get();
        }
        return total;
    }
}
