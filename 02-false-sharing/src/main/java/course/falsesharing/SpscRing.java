package course.falsesharing;

/**
 * A bounded queue for exactly one producer thread and one consumer thread, as used between
 * two stages of a pipeline: the producer calls {@link #offer}, the consumer calls
 * {@link #poll}, and neither ever waits for a lock.
 *
 * <p>How it works: elements live in a ring of {@code capacity} slots. {@code tail} counts the
 * elements ever offered and is written only by the producer; {@code head} counts the elements
 * ever polled and is written only by the consumer. Both are volatile: the producer stores the
 * element, then publishes it by advancing {@code tail}; the consumer reads {@code tail}, then
 * the element.
 *
 * <p>Contract: elements come out in the order they went in, each exactly once; {@code offer}
 * returns false when the ring is full, {@code poll} returns null when it is empty. The fields
 * {@code head} and {@code tail} keep their names (the layout check looks them up).
 *
 * <h2>TASK 02.2 - Keep head and tail apart (3 points)</h2>
 * The producer writes {@code tail} on every offer and the consumer writes {@code head} on
 * every poll: two threads, two fields, no sharing in the code. But the fields are declared next
 * to each other, so the JVM puts them 8 bytes apart, on one cache line, and the two cores fight
 * over that line on every operation. Put at least 128 bytes between them. Padding fields in
 * the same class may be reordered by the JVM; padding through the class hierarchy may not
 * (superclass fields come first): {@code Pad -> Head -> Pad -> Tail -> Pad}.
 * <p>Graded by: {@code ./mvnw test -pl 02-false-sharing}: what only {@code offer()} writes and
 * what only {@code poll()} writes must be at least 128 bytes apart, found by JOL in the JVM that
 * runs the test, and the ring must stay correct (jcstress test {@code SpscRing_01_Publication})
 * and keep a polling consumer seeing what is offered (termination test
 * {@code SpscRing_02_ConsumerSeesElement}).
 *
 * @param <E> the element type
 */
public class SpscRing<E> {

    private final Object[] items;
    private final int mask;
    private volatile long head; // TODO 02.2: written by the consumer ...
    private volatile long tail; // TODO 02.2: ... and this by the producer, 8 bytes away

    /** A ring of {@code capacity} slots; capacity must be a power of two. */
    public SpscRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.items = new Object[capacity];
        this.mask = capacity - 1;
    }

    /** Producer only: appends {@code element}, or returns false when the ring is full. */
    public boolean offer(E element) {
        long t = tail;
        if (t - head == items.length) {
            return false;
        }
        items[(int) t & mask] = element;
        tail = t + 1; // publishes the element to the consumer
        return true;
    }

    /** Consumer only: removes and returns the oldest element, or null when the ring is empty. */
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
