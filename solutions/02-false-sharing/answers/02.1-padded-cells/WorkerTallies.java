package course.falsesharing;

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
            total += (long) Cell.VALUE.getVolatile(cell);
        }
        return total;
    }
}

abstract class PadBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

abstract class Value extends PadBefore {
    volatile long value;
}

final class Cell extends Value {
    static final java.lang.invoke.VarHandle VALUE;

    static {
        try {
            VALUE = java.lang.invoke.MethodHandles.lookup().findVarHandle(Value.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}
