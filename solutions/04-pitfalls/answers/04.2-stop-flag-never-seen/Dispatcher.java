package course.pitfalls;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

public class Dispatcher<E> implements AutoCloseable {
    private final BlockingQueue<E> queue = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    public Dispatcher(String name, Consumer<E> handler) {
        Thread worker = new Thread(() -> {
            try {
                while (running) {
                    handler.accept(queue.take());
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
        running = false;
    }
}
