package course.falsesharing;

import java.util.concurrent.atomic.LongAdder;

public class WorkerTallies {
    private final LongAdder tallies = new LongAdder();

    public WorkerTallies(int workers) {
        // LongAdder finds each contending thread a padded cell of its own; no index needed
    }

    public void add(int worker, long amount) {
        tallies.add(amount);
    }

    public long total() {
        return tallies.sum();
    }
}
