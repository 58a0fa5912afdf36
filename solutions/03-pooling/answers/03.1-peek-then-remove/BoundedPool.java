package course.pooling;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    private final int capacity;
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final LinkedBlockingQueue<T> idle;

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.capacity = capacity;
        this.factory = factory;
        this.reset = reset;
        this.idle = new LinkedBlockingQueue<>(capacity);
    }

    public T borrow() {
        T head = idle.peek();
        if (head == null) {
            return factory.get();
        }
        idle.remove(head);
        return head;
    }

    public void release(T object) {
        reset.accept(object);
        idle.offer(object);
    }

    public int idle() {
        return idle.size();
    }

    public int capacity() {
        return capacity;
    }
}
