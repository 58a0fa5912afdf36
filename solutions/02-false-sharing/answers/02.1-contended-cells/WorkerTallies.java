package course.falsesharing;

import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import jdk.internal.vm.annotation.Contended;

public class WorkerTallies {
    private final Cell[] tallies;

    public WorkerTallies(int workers) {
        tallies = new Cell[workers];
        for (int w = 0; w < workers; w++) {
            tallies[w] = new Cell();
        }
    }

    public void add(int worker, long amount) {
        Cell.VALUE.getAndAdd(tallies[worker], amount);
    }

    public long total() {
        long total = 0;
        for (Cell cell : tallies) {
            total += cell.value;
        }
        return total;
    }

    static final class Cell {
        static final AtomicLongFieldUpdater<Cell> VALUE = AtomicLongFieldUpdater.newUpdater(Cell.class, "value");

        @Contended
        volatile long value;
    }
}
