package course.decisions;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;

public class JobRunner implements AutoCloseable {

    private final Queue<String> pending = new ArrayDeque<>();
    private final Thread runner;
    private boolean closed;

    public JobRunner(Consumer<String> handler) {
        runner = new Thread(() -> {
            while (true) {
                String job;
                synchronized (pending) {
                    while (pending.isEmpty() && !closed) {
                        try {
                            pending.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    job = pending.poll();
                    if (job == null) {
                        return; // closed, and nothing left
                    }
                }
                handler.accept(job);
            }
        }, "job-runner");
        runner.start();
    }

    public void submit(String job) {
        synchronized (pending) {
            pending.add(job);
            pending.notify();
        }
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (pending) {
            closed = true;
            pending.notify();
        }
        runner.join(10_000);
    }
}
