package course.falsesharing;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import jdk.internal.vm.annotation.Contended;

public class SpscRing<E> {

    /** The only memory both sides touch: a slot is null when free, the element when full. */
    private final AtomicReferenceArray<E> items;
    private final int mask;
    @Contended
    private long head; // the consumer's own index: no other thread reads or writes it
    @Contended
    private long tail; // the producer's own index: no other thread reads or writes it

    public SpscRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.items = new AtomicReferenceArray<>(capacity);
        this.mask = capacity - 1;
    }

    public boolean offer(E element) {
        Objects.requireNonNull(element, "a null element would read as a free slot");
        int slot = (int) tail & mask;
        if (items.getAcquire(slot) != null) {
            return false; // the consumer has not taken this slot's element yet: full
        }
        items.setRelease(slot, element); // publishes the element and everything written to it
        tail++;
        return true;
    }

    public E poll() {
        int slot = (int) head & mask;
        E element = items.getAcquire(slot);
        if (element == null) {
            return null; // nothing published here yet: empty
        }
        items.setRelease(slot, null); // hands the slot back, after the element was read
        head++;
        return element;
    }
}
