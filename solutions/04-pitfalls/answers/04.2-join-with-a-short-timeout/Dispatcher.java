package course.pitfalls;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

public class Dispatcher<E> implements AutoCloseable {

    private static final Object STOP = new Object();
    /** A component's shutdown must not hang the server's: wait half a second at most. */
    private static final long CLOSE_WAIT_MILLIS = 500;

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread worker;

    @SuppressWarnings("unchecked")
    public Dispatcher(String name, Consumer<E> handler) {
        worker = new Thread(() -> {
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
        try {
            worker.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
