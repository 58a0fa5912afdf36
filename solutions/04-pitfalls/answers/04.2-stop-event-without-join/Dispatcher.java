package course.pitfalls;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

public class Dispatcher<E> implements AutoCloseable {
    private static final Object STOP = new Object();
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

    @SuppressWarnings("unchecked")
    public Dispatcher(String name, Consumer<E> handler) {
        Thread worker = new Thread(() -> {
            try {
                for (Object next = queue.take(); next != STOP; next = queue.take()) {
                    handler.accept((E) next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        worker.start();
    }

    public void publish(E event) {
        queue.add(event);
    }

    @Override
    public void close() {
        queue.add(STOP);
    }
}
