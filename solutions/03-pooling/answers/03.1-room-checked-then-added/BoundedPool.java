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
        if (idle.size() < capacity) {
            idle.offer(object);
        }
    }

    public int idle() {
        return idle.size();
    }

    public int capacity() {
        return capacity;
    }
}
