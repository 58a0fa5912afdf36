package course.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

public class ReportJob {
    private final ExecutorService executor;

    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (Runnable step : steps) {
            CompletableFuture.runAsync(step, executor).exceptionally(e -> {
                failure.compareAndSet(null, e.getCause() != null ? e.getCause() : e);
                return null;
            });
        }
        if (failure.get() != null) {
            throw new ReportFailedException("a step failed", failure.get());
        }
    }

    public static final class ReportFailedException extends Exception {
        public ReportFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
