package course.pooling;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    private final AtomicReferenceArray<T> slots;
    private final Supplier<T> factory;
    private final Consumer<T> reset;

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.slots = new AtomicReferenceArray<>(capacity);
        this.factory = factory;
        this.reset = reset;
    }

    public T borrow() {
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                T taken = slots.getAndSet(i, null);
                if (taken != null) {
                    return taken;
                }
            }
        }
        return factory.get();
    }

    public void release(T object) {
        reset.accept(object);
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) == null && slots.compareAndSet(i, null, object)) {
                return;
            }
        }
    }

    public int idle() {
        int held = 0;
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                held++;
            }
        }
        return held;
    }

    public int capacity() {
        return slots.length();
    }
}
