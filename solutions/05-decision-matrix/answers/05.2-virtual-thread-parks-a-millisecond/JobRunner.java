package course.decisions;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private final Queue<String> jobs = new ConcurrentLinkedQueue<>();
    private final Thread runner;
    private volatile boolean closed;

    public JobRunner(Consumer<String> handler) {
        runner = Thread.ofVirtual().name("job-runner").start(() -> {
            while (true) {
                String job = jobs.poll();
                if (job != null) {
                    handler.accept(job);
                } else if (closed) {
                    return;
                } else {
                    LockSupport.parkNanos(1_000_000);
                }
            }
        });
    }

    public void submit(String job) {
        jobs.add(job);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        runner.join(Duration.ofSeconds(10));
    }
}
