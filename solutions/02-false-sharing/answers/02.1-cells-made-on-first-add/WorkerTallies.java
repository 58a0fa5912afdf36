package course.falsesharing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicReferenceArray;

public class WorkerTallies {

    /** Created by the worker itself on its first add, so it is allocated in that worker's own TLAB. */
    private final AtomicReferenceArray<TallyCell> cells;

    public WorkerTallies(int workers) {
        this.cells = new AtomicReferenceArray<>(workers);
    }

    public void add(int worker, long amount) {
        TallyCell cell = cells.get(worker);
        if (cell == null) {
            cell = new TallyCell();
            if (!cells.compareAndSet(worker, null, cell)) {
                cell = cells.get(worker);
            }
        }
        cell.add(amount);
    }

    public long total() {
        long total = 0;
        for (int w = 0; w < cells.length(); w++) {
            TallyCell cell = cells.get(w);
            if (cell != null) {
                total += cell.value();
            }
        }
        return total;
    }
}

/** 128 bytes before the value, whatever the allocator or a collection puts in front of the cell. */
abstract class TallyCellPadBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07;
    long p08, p09, p10, p11, p12, p13, p14, p15;
}

abstract class TallyCellValue extends TallyCellPadBefore {
    static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(TallyCellValue.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile long value;
}

/** 128 bytes after the value, before whatever comes next. */
final class TallyCell extends TallyCellValue {
    long q00, q01, q02, q03, q04, q05, q06, q07;
    long q08, q09, q10, q11, q12, q13, q14, q15;

    void add(long amount) {
        long unused = (long) VALUE.getAndAdd(this, amount);
    }

    long value() {
        return value;
    }
}
