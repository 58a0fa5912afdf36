package course.decisions;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "job-runner"));
    private final Consumer<String> handler;

    public JobRunner(Consumer<String> handler) {
        this.handler = handler;
    }

    public void submit(String job) {
        runner.execute(() -> handler.accept(job));
    }

    @Override
    public void close() throws InterruptedException {
        runner.shutdown();
        if (!runner.awaitTermination(10, TimeUnit.SECONDS)) {
            runner.shutdownNow();
            throw new IllegalStateException("job runner did not finish its jobs within 10 s of close()");
        }
    }
}
