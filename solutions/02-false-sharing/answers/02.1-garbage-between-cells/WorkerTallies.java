package course.falsesharing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class WorkerTallies {
    /** Where the throwaway allocations go, so that the JIT cannot drop them. */
    static volatile Object spacer;

    private final SpacedCell[] cells;

    public WorkerTallies(int workers) {
        cells = new SpacedCell[workers];
        for (int w = 0; w < workers; w++) {
            cells[w] = new SpacedCell();
            // The padding after a cell, without a class of it: 144 bytes allocated right behind
            // the cell push the next cell (and its header) that much further away.
            spacer = new long[16];
        }
    }

    public void add(int worker, long amount) {
        SpacedCell.VALUE.getAndAdd(cells[worker], amount);
    }

    public long total() {
        long total = 0;
        for (SpacedCell cell : cells) {
            total += (long) SpacedCell.VALUE.getVolatile(cell);
        }
        return total;
    }
}

/** 128 bytes between a cell's header and its value: superclass fields come first. */
abstract class SpacedCellPadding {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

final class SpacedCell extends SpacedCellPadding {
    static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(SpacedCell.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile long value;
}
