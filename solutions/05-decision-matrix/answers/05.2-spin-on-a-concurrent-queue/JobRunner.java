package course.decisions;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private final Queue<String> jobs = new ConcurrentLinkedQueue<>();
    private final Thread runner;
    private volatile boolean closed;

    public JobRunner(Consumer<String> handler) {
        runner = new Thread(() -> {
            while (true) {
                String job = jobs.poll();
                if (job != null) {
                    handler.accept(job);
                } else if (closed) {
                    return;
                } else {
                    Thread.onSpinWait();
                }
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
