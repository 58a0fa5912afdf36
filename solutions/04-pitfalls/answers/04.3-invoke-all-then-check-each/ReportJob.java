package course.pitfalls;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

public class ReportJob {
    private final ExecutorService executor;

    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        List<Callable<Object>> tasks = steps.stream().map(Executors::callable).toList();
        ReportFailedException failure = null;
        int index = 0;
        for (Future<Object> done : executor.invokeAll(tasks)) {
            index++;
            try {
                done.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = new ReportFailedException("step " + index + " failed", e.getCause());
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
