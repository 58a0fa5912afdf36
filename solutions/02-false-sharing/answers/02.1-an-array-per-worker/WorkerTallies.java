package course.falsesharing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class WorkerTallies {
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    /** The tally sits in the middle: 16 unused longs (128 bytes) before it and 16 after it. */
    private static final int SLOT = 16;

    private final long[][] tallies;

    public WorkerTallies(int workers) {
        tallies = new long[workers][2 * SLOT + 1];
    }

    public void add(int worker, long amount) {
        LONGS.getAndAdd(tallies[worker], SLOT, amount);
    }

    public long total() {
        long total = 0;
        for (long[] tally : tallies) {
            total += (long) LONGS.getVolatile(tally, SLOT);
        }
        return total;
    }
}
