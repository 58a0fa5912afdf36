package course.decisions;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private final Consumer<String> handler;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private volatile CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    public JobRunner(Consumer<String> handler) {
        this.handler = handler;
    }

    public void submit(String job) {
        // Each job runs after the one before it, on a fresh virtual thread: in order, and no thread waits while idle.
        last = last.thenRunAsync(() -> handler.accept(job), threads);
    }

    @Override
    public void close() throws InterruptedException {
        last.join();
        threads.close();
    }
}
