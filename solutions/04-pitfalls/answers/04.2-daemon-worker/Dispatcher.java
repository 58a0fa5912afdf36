package course.pitfalls;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

public class Dispatcher<E> implements AutoCloseable {
    private final BlockingQueue<E> queue = new LinkedBlockingQueue<>();

    public Dispatcher(String name, Consumer<E> handler) {
        Thread worker = new Thread(() -> {
            try {
                while (true) {
                    handler.accept(queue.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        worker.setDaemon(true);
        worker.start();
    }

    public void publish(E event) {
        queue.add(event);
    }

    @Override
    public void close() {
        // the worker is a daemon: it cannot keep the JVM alive
    }
}
