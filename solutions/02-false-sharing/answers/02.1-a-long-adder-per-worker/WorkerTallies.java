package course.falsesharing;

import java.util.concurrent.atomic.LongAdder;

public class WorkerTallies {
    private final LongAdder[] tallies;

    public WorkerTallies(int workers) {
        tallies = new LongAdder[workers];
        for (int w = 0; w < workers; w++) {
            tallies[w] = new LongAdder();
        }
    }

    public void add(int worker, long amount) {
        tallies[worker].add(amount);
    }

    public long total() {
        long total = 0;
        for (LongAdder tally : tallies) {
            total += tally.sum();
        }
        return total;
    }
}
