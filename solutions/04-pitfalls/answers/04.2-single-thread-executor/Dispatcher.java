package course.pitfalls;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

public class Dispatcher<E> implements AutoCloseable {
    private final ExecutorService worker;
    private final Consumer<E> handler;

    public Dispatcher(String name, Consumer<E> handler) {
        this.handler = handler;
        this.worker = Executors.newSingleThreadExecutor(task -> new Thread(task, name));
    }

    public void publish(E event) {
        worker.execute(() -> handler.accept(event));
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
