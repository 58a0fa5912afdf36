package course.pooling;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    private final int capacity;
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
    /** One permit per free place in the pool: taken by a release that keeps its object, given back by a borrow that takes one. */
    private final Semaphore room;

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.capacity = capacity;
        this.factory = factory;
        this.reset = reset;
        this.room = new Semaphore(capacity);
    }

    public T borrow() {
        T pooled = idle.pollFirst();
        if (pooled == null) {
            return factory.get();
        }
        room.release();
        return pooled;
    }

    public void release(T object) {
        reset.accept(object);
        if (room.tryAcquire()) { // never waits: no permit means the pool is full
            idle.offerFirst(object); // last in, first out: the warmest object goes out next
        }
    }

    /** Places taken: objects in the deque, or on their way in or out of it. Never more than capacity. */
    public int idle() {
        return capacity - room.availablePermits();
    }

    public int capacity() {
        return capacity;
    }
}
