package course.pitfalls;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

public class ReportJob {
    private final ExecutorService executor;

    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        List<CompletableFuture<Void>> running = steps.stream()
                .map(step -> CompletableFuture.runAsync(step, executor)).toList();
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException ignored) {
            // every future is done; their failures are read one by one below
        }
        ReportFailedException failure = null;
        for (int i = 0; i < running.size(); i++) {
            try {
                running.get(i).join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = new ReportFailedException("step " + (i + 1) + " failed", e.getCause());
                } else {
                    failure.addSuppressed(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public static final class ReportFailedException extends Exception {
        public ReportFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
