package course.mutex;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

public class RequestCounter {
    private static final class Cell {
        long count;
    }

    private final Queue<Cell> cells = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Cell> mine = ThreadLocal.withInitial(() -> {
        Cell cell = new Cell();
        cells.add(cell);
        return cell;
    });

    public void increment() {
        mine.get().count++; // only this thread writes its cell
    }

    public long sum() {
        long sum = 0;
        for (Cell cell : cells) {
            sum += cell.count;
        }
        return sum;
    }
}
