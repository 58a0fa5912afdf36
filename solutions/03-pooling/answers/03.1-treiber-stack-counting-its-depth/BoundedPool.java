package course.pooling;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class BoundedPool<T> {

    /** An immutable stack node that knows how many idle objects it and those below it hold. */
    private record Node<T>(T object, Node<T> below, int depth) {
    }

    private final int capacity;
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final AtomicReference<Node<T>> top = new AtomicReference<>();

    public BoundedPool(int capacity, Supplier<T> factory, Consumer<T> reset) {
        this.capacity = capacity;
        this.factory = factory;
        this.reset = reset;
    }

    public T borrow() {
        while (true) {
            Node<T> node = top.get();
            if (node == null) {
                return factory.get();
            }
            if (top.compareAndSet(node, node.below())) {
                return node.object(); // the CAS took it off the stack: no one else can
            }
        }
    }

    public void release(T object) {
        reset.accept(object); // before it can be seen by anyone
        while (true) {
            Node<T> node = top.get();
            int depth = node == null ? 0 : node.depth();
            if (depth >= capacity) {
                return; // full: dropped, left to the garbage collector
            }
            if (top.compareAndSet(node, new Node<>(object, node, depth + 1))) {
                return; // the bound and the push were one step
            }
        }
    }

    public int idle() {
        Node<T> node = top.get();
        return node == null ? 0 : node.depth();
    }

    public int capacity() {
        return capacity;
    }
}
