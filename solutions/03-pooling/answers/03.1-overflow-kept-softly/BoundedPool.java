package course.pooling;

import java.lang.ref.SoftReference;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    private final int capacity;
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final ArrayBlockingQueue<T> idle;
    /** What does not fit: held softly, so the garbage collector can still take it when memory runs low. */
    private final ConcurrentLinkedQueue<SoftReference<T>> spare = new ConcurrentLinkedQueue<>();

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.capacity = capacity;
        this.factory = factory;
        this.reset = reset;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    public T borrow() {
        T pooled = idle.poll();
        if (pooled != null) {
            return pooled;
        }
        for (SoftReference<T> ref = spare.poll(); ref != null; ref = spare.poll()) {
            T kept = ref.get();
            if (kept != null) {
                return kept;
            }
        }
        return factory.get();
    }

    public void release(T object) {
        reset.accept(object);
        if (!idle.offer(object)) {
            spare.offer(new SoftReference<>(object)); // "dropped", but not wasted
        }
    }

    public int idle() {
        return idle.size();
    }

    public int capacity() {
        return capacity;
    }
}
