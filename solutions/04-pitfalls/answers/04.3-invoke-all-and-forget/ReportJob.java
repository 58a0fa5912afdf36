package course.pitfalls;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

public class ReportJob {
    private final ExecutorService executor;

    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        List<Callable<Object>> tasks = steps.stream().map(Executors::callable).toList();
        executor.invokeAll(tasks);
    }

    public static final class ReportFailedException extends Exception {
        public ReportFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
