package course.pooling;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    private final ArrayBlockingQueue<T> idle;
    private final Supplier<T> factory;
    private final Consumer<T> reset;

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.idle = new ArrayBlockingQueue<>(capacity);
        this.factory = factory;
        this.reset = reset;
    }

    public T borrow() {
        T pooled = idle.poll();
        return pooled != null ? pooled : factory.get();
    }

    public void release(T object) {
        if (idle.offer(object)) {
            reset.accept(object); // only objects that are kept need cleaning
        }
    }

    public int idle() {
        return idle.size();
    }

    public int capacity() {
        return idle.size() + idle.remainingCapacity();
    }
}
