package course.pooling;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    private final int capacity;
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger reserved = new AtomicInteger();

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.capacity = capacity;
        this.factory = factory;
        this.reset = reset;
    }

    public T borrow() {
        T pooled = idle.poll();
        if (pooled == null) {
            return factory.get();
        }
        reserved.decrementAndGet();
        return pooled;
    }

    public void release(T object) {
        reset.accept(object);
        int held;
        do {
            held = reserved.get();
            if (held >= capacity) {
                return; // full: the object is left to the garbage collector
            }
        } while (!reserved.compareAndSet(held, held + 1));
        idle.offer(object);
    }

    public int idle() {
        return reserved.get();
    }

    public int capacity() {
        return capacity;
    }
}
