package course.pitfalls;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

public class ReportJob {

    private final ExecutorService executor;

    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        CompletionService<Void> done = new ExecutorCompletionService<>(executor);
        for (Runnable step : steps) {
            done.submit(step, null);
        }
        ReportFailedException report = null;
        for (int i = 0; i < steps.size(); i++) {
            Future<Void> next = done.take(); // whichever step finishes next: no waiting behind a slow one
            try {
                next.get();
            } catch (ExecutionException e) {
                if (report == null) {
                    report = new ReportFailedException("a step of the report failed", e.getCause());
                } else {
                    report.addSuppressed(e.getCause());
                }
            }
        }
        if (report != null) {
            throw report;
        }
    }

    public static final class ReportFailedException extends Exception {
        public ReportFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
