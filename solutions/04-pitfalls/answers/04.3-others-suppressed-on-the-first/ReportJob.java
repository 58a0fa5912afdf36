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
 * (in list order); every other failure is attached to it as suppressed.
 */
public class ReportJob {

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
        Throwable first = null;
        int firstStep = 0;
        for (int i = 0; i < running.size(); i++) {
            try {
                running.get(i).get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause();
                    firstStep = i + 1;
                } else {
                    // as try-with-resources does: the later failures ride on the primary one
                    first.addSuppressed(e.getCause());
                }
            }
        }
        if (first != null) {
            throw new ReportFailedException("step " + firstStep + " of " + steps.size() + " failed", first);
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
