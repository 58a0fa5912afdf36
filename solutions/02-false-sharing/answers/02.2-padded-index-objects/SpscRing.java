package course.falsesharing;

public class SpscRing<E> {

    private final Object[] items;
    private final int mask;
    private final PaddedIndex head = new PaddedIndex();
    private final PaddedIndex tail = new PaddedIndex();

    public SpscRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.items = new Object[capacity];
        this.mask = capacity - 1;
    }

    public boolean offer(E element) {
        long t = tail.value;
        if (t - head.value == items.length) {
            return false;
        }
        items[(int) t & mask] = element;
        tail.value = t + 1;
        return true;
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        long h = head.value;
        if (h == tail.value) {
            return null;
        }
        int slot = (int) h & mask;
        E element = (E) items[slot];
        items[slot] = null;
        head.value = h + 1;
        return element;
    }
}

abstract class IndexPadBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

abstract class IndexValue extends IndexPadBefore {
    volatile long value;
}

final class PaddedIndex extends IndexValue {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}
