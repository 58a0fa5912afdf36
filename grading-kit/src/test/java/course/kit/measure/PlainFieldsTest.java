package course.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PlainFields: fields one operation writes and another reads without ordering, read from the bytecode")
class PlainFieldsTest {

    /** A cell per thread, written and read as a plain long; found behind a ThreadLocal and a volatile list. */
    static final class PlainCells {
        static final class Cell {
            long count;
        }

        private final List<Cell> cells = new CopyOnWriteArrayList<>();
        private final ThreadLocal<Cell> mine = ThreadLocal.withInitial(() -> {
            Cell cell = new Cell();
            cells.add(cell);
            return cell;
        });

        void increment() {
            mine.get().count++;
        }

        long sum() {
            return cells.stream().mapToLong(c -> c.count).sum();
        }
    }

    /** The same cells with a volatile count. */
    static final class VolatileCells {
        static final class Cell {
            volatile long count;
        }

        private final List<Cell> cells = new CopyOnWriteArrayList<>();
        private final ThreadLocal<Cell> mine = ThreadLocal.withInitial(() -> {
            Cell cell = new Cell();
            cells.add(cell);
            return cell;
        });

        void increment() {
            Cell cell = mine.get();
            cell.count = cell.count + 1;
        }

        long sum() {
            long sum = 0;
            for (Cell cell : cells) {
                sum += cell.count;
            }
            return sum;
        }
    }

    /** A plain field, written and read under the object's monitor. */
    static final class Locked {
        private long count;

        synchronized void increment() {
            count++;
        }

        long sum() {
            synchronized (this) {
                return count;
            }
        }
    }

    /** A plain field reached only through a VarHandle with release and acquire modes. */
    static final class Ordered {
        private static final VarHandle COUNT;

        static {
            try {
                COUNT = MethodHandles.lookup().findVarHandle(Ordered.class, "count", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private long count;

        void increment() {
            COUNT.getAndAddRelease(this, 1L);
        }

        long sum() {
            return (long) COUNT.getAcquire(this);
        }
    }

    /** A plain field written through a helper of another class and read through one. */
    static final class Helper {
        long count;

        static void bump(Helper h) {
            h.count++;
        }

        static long read(Helper h) {
            return h.count;
        }
    }

    static final class ThroughHelpers {
        private final Helper helper = new Helper();

        void increment() {
            Helper.bump(helper);
        }

        long sum() {
            return Helper.read(helper);
        }
    }

    @Test
    @DisplayName("plain cells behind a ThreadLocal, read through a lambda: the cell's field is named")
    void findsPlainCells() {
        assertThat(PlainFields.writtenThenRead(PlainCells.class, "increment", "sum"))
                .containsExactly("PlainFieldsTest.PlainCells.Cell.count");
    }

    @Test
    @DisplayName("calls into other classes of the package are followed")
    void followsCalls() {
        assertThat(PlainFields.writtenThenRead(ThroughHelpers.class, "increment", "sum"))
                .containsExactly("PlainFieldsTest.Helper.count");
    }

    @Test
    @DisplayName("volatile fields, accesses under synchronized and VarHandle accesses are ordered")
    void orderedAccessesPass() {
        assertThat(PlainFields.writtenThenRead(VolatileCells.class, "increment", "sum")).isEmpty();
        assertThat(PlainFields.writtenThenRead(Locked.class, "increment", "sum")).isEmpty();
        assertThat(PlainFields.writtenThenRead(Ordered.class, "increment", "sum")).isEmpty();
    }
}
