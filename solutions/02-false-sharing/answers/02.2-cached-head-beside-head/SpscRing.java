package course.falsesharing;

import jdk.internal.vm.annotation.Contended;

public class SpscRing<E> {

    private final Object[] items;
    private final int mask;

    @Contended("producer")
    private volatile long tail;

    @Contended("consumer")
    private volatile long head;
    @Contended("consumer")
    private long headCache; // the producer's copy of head, on head's line: one fetch refreshes it

    public SpscRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.items = new Object[capacity];
        this.mask = capacity - 1;
    }

    public boolean offer(E element) {
        long t = tail;
        if (t - headCache == items.length) {
            headCache = head; // looks full: read the consumer's real index, once
            if (t - headCache == items.length) {
                return false;
            }
        }
        items[(int) t & mask] = element;
        tail = t + 1;
        return true;
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        long h = head;
        if (h == tail) {
            return null;
        }
        int slot = (int) h & mask;
        E element = (E) items[slot];
        items[slot] = null;
        head = h + 1;
        return element;
    }
}
