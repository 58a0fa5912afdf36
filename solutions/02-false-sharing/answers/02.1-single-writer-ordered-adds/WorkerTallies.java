package course.falsesharing;

import java.util.concurrent.atomic.AtomicLongArray;

public class WorkerTallies {

    private static final int STRIDE = 16; // 128 bytes between tallies, and a spare stride at each end

    private final AtomicLongArray tallies;

    public WorkerTallies(int workers) {
        this.tallies = new AtomicLongArray((workers + 2) * STRIDE);
    }

    public void add(int worker, long amount) {
        int slot = slotOf(worker);
        // Only worker `worker` ever writes this slot (the contract: no two workers share an index),
        // so a read of its own last value and an ordered store lose nothing, without a locked add.
        tallies.setRelease(slot, tallies.getPlain(slot) + amount);
    }

    public long total() {
        long total = 0;
        for (int worker = 0; slotOf(worker) < tallies.length() - STRIDE; worker++) {
            total += tallies.getAcquire(slotOf(worker));
        }
        return total;
    }

    private static int slotOf(int worker) {
        return (worker + 1) * STRIDE;
    }
}
