package course.pooling;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    private final int capacity;
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final ArrayBlockingQueue<T> idle;

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.capacity = capacity;
        this.factory = factory;
        this.reset = reset;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    public T borrow() {
        T pooled = idle.poll();
        if (pooled == null) {
            return factory.get();
        }
        reset.accept(pooled); // cleaned by the thread that will use it, and only if it is reused at all
        return pooled;
    }

    public void release(T object) {
        idle.offer(object); // false when full: dropped, so resetting it first would be wasted work
    }

    public int idle() {
        return idle.size();
    }

    public int capacity() {
        return capacity;
    }
}
