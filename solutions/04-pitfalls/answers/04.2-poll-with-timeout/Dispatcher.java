package course.pitfalls;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

public class Dispatcher<E> implements AutoCloseable {
    private final BlockingQueue<E> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean closing;

    public Dispatcher(String name, Consumer<E> handler) {
        worker = new Thread(() -> {
            try {
                while (true) {
                    E next = queue.poll(50, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        handler.accept(next);
                    } else if (closing) {
                        return;
                    }
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
        closing = true;
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
