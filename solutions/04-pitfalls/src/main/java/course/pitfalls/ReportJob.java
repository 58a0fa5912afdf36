package course.pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs the steps of a nightly report in parallel on an executor: each step computes one section
 * and writes it out.
 *
 * <p>Contract: {@link #runAll} returns when every step has finished. If any step failed, it
 * throws a {@link ReportFailedException} whose cause is the failure of the first failing step
 * (in list order); every other failure is attached as suppressed, to that exception or to its
 * cause (as try-with-resources attaches them).
 */
public class ReportJob {

    /*
     * SOLUTION 04.3. Keep every Future and call get() on each, in list order. get() waits for
     * the step and rethrows what it threw, wrapped in an ExecutionException; the wrapper is
     * unwrapped so the report's exception carries the step's own exception as its cause, and
     * the later failures are kept as suppressed exceptions rather than lost.
     *
     * Waiting for ALL steps before throwing matters: throwing at the first failure would leave
     * the other steps running behind the caller's back.
     *
     * The wider lesson: an exception in a task submitted to an executor is invisible until
     * someone asks its Future. execute() at least reaches the thread's uncaught exception
     * handler; submit() does not. In Java 21+, StructuredTaskScope (a preview API) makes "wait
     * for all, surface failures" the default shape.
     */
    private final ExecutorService executor;

    /** A job that runs its steps on {@code executor}. */
    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    /** Runs every step, in parallel, and returns when all have finished. */
    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        List<Future<?>> running = new ArrayList<>();
        for (Runnable step : steps) {
            running.add(executor.submit(step));
        }
        ReportFailedException failure = null;
        for (int i = 0; i < running.size(); i++) {
            try {
                running.get(i).get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = new ReportFailedException("step " + (i + 1) + " of " + steps.size() + " failed", e.getCause());
                } else {
                    failure.addSuppressed(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** A step of the report failed. */
    public static final class ReportFailedException extends Exception {
        /** A report failure caused by {@code cause}. */
        public ReportFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
