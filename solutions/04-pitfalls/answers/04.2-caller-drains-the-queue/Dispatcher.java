package course.pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

public class Dispatcher<E> implements AutoCloseable {
    private final BlockingQueue<E> queue = new LinkedBlockingQueue<>();
    private final Consumer<E> handler;
    private final Thread worker;

    public Dispatcher(String name, Consumer<E> handler) {
        this.handler = handler;
        worker = new Thread(() -> {
            try {
                while (true) {
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
        worker.interrupt();
        List<E> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.forEach(handler);
    }
}
