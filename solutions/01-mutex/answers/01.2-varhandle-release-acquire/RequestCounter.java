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

    private long count; // accessed only through COUNT

    public void increment() {
        long unused = (long) COUNT.getAndAddRelease(this, 1L); // atomic in every access mode
    }

    public long sum() {
        return (long) COUNT.getAcquire(this); // never hoisted out of a loop, ordered after the adds it sees
    }
}
