package course.mutex;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class RequestCounter {
    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(RequestCounter.class, "count", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private long count;

    public void increment() {
        COUNT.getAndAdd(this, 1L);
    }

    public long sum() {
        return count;
    }
}
