package course.decisions;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private final BlockingQueue<String> jobs = new LinkedBlockingQueue<>();
    private final Thread runner;
    private volatile boolean closed;

    public JobRunner(Consumer<String> handler) {
        runner = new Thread(() -> {
            try {
                while (!closed || !jobs.isEmpty()) {
                    String job = jobs.poll(1, TimeUnit.MILLISECONDS);
                    if (job != null) {
                        handler.accept(job);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "job-runner");
        runner.start();
    }

    public void submit(String job) {
        jobs.add(job);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        runner.join(10_000);
    }
}
