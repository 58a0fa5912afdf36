package course.decisions;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private static final String STOP = new String("stop");

    private final BlockingQueue<String> jobs = new LinkedBlockingQueue<>();
    private final Thread runner;

    public JobRunner(Consumer<String> handler) {
        runner = Thread.ofVirtual().name("job-runner").start(() -> {
            try {
                for (String job = jobs.take(); job != STOP; job = jobs.take()) {
                    handler.accept(job);
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
        jobs.add(STOP);
        if (!runner.join(Duration.ofSeconds(10))) {
            runner.interrupt();
            throw new IllegalStateException("job runner did not finish its jobs within 10 s of close()");
        }
    }
}
