package course.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private final List<String> pending = new ArrayList<>();
    private final Thread runner;
    private volatile boolean closed;

    public JobRunner(Consumer<String> handler) {
        runner = new Thread(() -> {
            while (true) {
                String job = null;
                synchronized (pending) {
                    if (!pending.isEmpty()) {
                        job = pending.remove(0);
                    } else if (closed) {
                        return;
                    }
                }
                if (job != null) {
                    handler.accept(job);
                } else {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "job-runner");
        runner.start();
    }

    public void submit(String job) {
        synchronized (pending) {
            pending.add(job);
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        runner.join(10_000);
    }
}
