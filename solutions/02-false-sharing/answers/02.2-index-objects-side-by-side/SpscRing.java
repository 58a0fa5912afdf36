package course.falsesharing;

import java.util.concurrent.atomic.AtomicLong;

public class SpscRing<E> {

    private final Object[] items;
    private final int mask;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();

    public SpscRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.items = new Object[capacity];
        this.mask = capacity - 1;
    }

    public boolean offer(E element) {
        long t = tail.get();
        if (t - head.get() == items.length) {
            return false;
        }
        items[(int) t & mask] = element;
        tail.set(t + 1);
        return true;
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        long h = head.get();
        if (h == tail.get()) {
            return null;
        }
        int slot = (int) h & mask;
        E element = (E) items[slot];
        items[slot] = null;
        head.set(h + 1);
        return element;
    }
}
