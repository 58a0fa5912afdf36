package course.decisions;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Runs jobs on one background thread, in the order they were submitted. Request threads call
 * {@link #submit}; most of the time there is nothing to do, and the runner waits.
 *
 * <p>Contract: jobs reach the handler in submission order, on the runner's thread.
 * {@link #close()} lets the submitted jobs finish, then ends the thread.
 */
public class JobRunner implements AutoCloseable {

    /*
     * No lock and no busy loop: a lock-free queue, and an exponential back-off while it is
     * empty. The runner looks again after 1 ms, then 2, 4, ... up to 200 ms, and starts again
     * at 1 ms after each job: quick while jobs come in bursts, and about 5 looks a second when
     * idle, under the 12 the idle check allows.
     */
    private static final long MAX_NAP_MILLIS = 200;

    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final Thread runner;
    private volatile boolean closed;

    /** Starts a runner that hands each job to {@code handler}. */
    public JobRunner(Consumer<String> handler) {
        runner = new Thread(() -> {
            long nap = 1;
            while (true) {
                String job = pending.poll();
                if (job != null) {
                    handler.accept(job);
                    nap = 1;
                    continue;
                }
                if (closed && pending.isEmpty()) {
                    return; // every job submitted before close() has run
                }
                try {
                    Thread.sleep(nap);
                } catch (InterruptedException e) {
                    return;
                }
                nap = Math.min(2 * nap, MAX_NAP_MILLIS);
            }
        }, "job-runner");
        runner.start();
    }

    /** Queues {@code job} for the runner. */
    public void submit(String job) {
        pending.add(job);
    }

    /** Lets the submitted jobs finish, then ends the runner's thread. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        runner.join(10_000);
    }
}
