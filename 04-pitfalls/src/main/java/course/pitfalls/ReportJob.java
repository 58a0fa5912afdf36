package course.pitfalls;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Runs the steps of a nightly report in parallel on an executor: each step computes one section
 * and writes it out.
 *
 * <p>Contract: {@link #runAll} returns when every step has finished. If any step failed, it
 * throws a {@link ReportFailedException} whose cause is the failure of the first failing step
 * (in list order); every other failure is attached as suppressed, to that exception or to its
 * cause (as try-with-resources attaches them).
 *
 * <h2>TASK 04.3 - Errors that never log (2 points)</h2>
 * {@code submit} wraps each step in a {@code Future}, and an exception thrown by the step is
 * stored in that Future until someone calls {@code get()}. Nobody does: the report "succeeds"
 * with a section missing, and no log line says why. Keep the futures, wait for each, and
 * surface what went wrong.
 * <p>Graded by: {@code ./mvnw test -pl 04-pitfalls}: a failing step must make runAll throw with
 * the step's own exception as the cause.
 */
public class ReportJob {

    private final ExecutorService executor;

    /** A job that runs its steps on {@code executor}. */
    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    /** Runs every step, in parallel, and returns when all have finished. */
    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        for (Runnable step : steps) {
            executor.submit(step); // TODO 04.3: the Future, and any exception in it, is dropped here
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
