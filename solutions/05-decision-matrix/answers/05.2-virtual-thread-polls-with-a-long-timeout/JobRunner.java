package course.decisions;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private final BlockingQueue<String> jobs = new LinkedBlockingQueue<>();
    private final Thread runner;
    private volatile boolean closed;

    public JobRunner(Consumer<String> handler) {
        runner = Thread.ofVirtual().name("job-runner").start(() -> {
            try {
                while (true) {
                    boolean closing = closed; // read before the poll: a job submitted before close() is still taken
                    String job = jobs.poll(250, TimeUnit.MILLISECONDS);
                    if (job != null) {
                        handler.accept(job);
                    } else if (closing) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public void submit(String job) {
        jobs.add(job);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        if (!runner.join(Duration.ofSeconds(10))) {
            runner.interrupt();
            throw new IllegalStateException("job runner did not finish its jobs within 10 s of close()");
        }
    }
}
