package course.pitfalls;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

public class Dispatcher<E> implements AutoCloseable {
    private final ExecutorService worker;
    private final Consumer<E> handler;

    public Dispatcher(String name, Consumer<E> handler) {
        this.handler = handler;
        this.worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name(name).factory());
    }

    public void publish(E event) {
        worker.execute(() -> handler.accept(event));
    }

    @Override
    public void close() {
        worker.close(); // Java 19+: shutdown(), then wait for every task already submitted
    }
}
