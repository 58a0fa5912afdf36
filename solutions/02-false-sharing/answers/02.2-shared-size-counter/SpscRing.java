package course.falsesharing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import jdk.internal.vm.annotation.Contended;

public class SpscRing<E> {
    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(SpscRing.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Object[] items;
    private final int mask;

    @Contended("consumer")
    private long head; // only the consumer reads or writes it now
    @Contended("producer")
    private long tail; // only the producer reads or writes it now
    private volatile int count; // elements in the ring: neither side reads the other's index any more

    public SpscRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.items = new Object[capacity];
        this.mask = capacity - 1;
    }

    public boolean offer(E element) {
        if (count == items.length) {
            return false;
        }
        items[(int) tail & mask] = element;
        tail++;
        COUNT.getAndAdd(this, 1); // publishes the element
        return true;
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        if (count == 0) {
            return null;
        }
        int slot = (int) head & mask;
        E element = (E) items[slot];
        items[slot] = null;
        head++;
        COUNT.getAndAdd(this, -1); // hands the slot back
        return element;
    }
}
