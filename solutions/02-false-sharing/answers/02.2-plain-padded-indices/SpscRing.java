package course.falsesharing;

public class SpscRing<E> extends SpscRingFields {

    // head and tail each between 128 bytes of padding; plain longs like the padding around them

    private final Object[] items;
    private final int mask;

    public SpscRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.items = new Object[capacity];
        this.mask = capacity - 1;
    }

    public boolean offer(E element) {
        long t = tail;
        if (t - head == items.length) {
            return false;
        }
        items[(int) t & mask] = element;
        tail = t + 1; // publishes the element to the consumer
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
        head = h + 1; // hands the slot back to the producer
        return element;
    }
}

/** 128 bytes that keep head away from whatever precedes the ring in memory. */
abstract class SpscRingPadBeforeHead {
    long p00, p01, p02, p03, p04, p05, p06, p07; //  64 bytes
    long p08, p09, p10, p11, p12, p13, p14, p15; // 128 bytes
}

/** The consumer's counter, on its own cache lines. */
abstract class SpscRingHead extends SpscRingPadBeforeHead {
    protected long head;
}

/** 128 bytes between the consumer's head and the producer's tail. */
abstract class SpscRingPadBetween extends SpscRingHead {
    long p16, p17, p18, p19, p20, p21, p22, p23; //  64 bytes
    long p24, p25, p26, p27, p28, p29, p30, p31; // 128 bytes
}

/** The producer's counter, on its own cache lines. */
abstract class SpscRingTail extends SpscRingPadBetween {
    protected long tail;
}

/** 128 bytes that keep tail away from the ring's other fields and whatever follows it. */
abstract class SpscRingFields extends SpscRingTail {
    long p32, p33, p34, p35, p36, p37, p38, p39; //  64 bytes
    long p40, p41, p42, p43, p44, p45, p46, p47; // 128 bytes
}
