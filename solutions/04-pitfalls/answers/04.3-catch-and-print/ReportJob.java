package course.pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

public class ReportJob {
    private final ExecutorService executor;

    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        List<Future<?>> running = new ArrayList<>();
        for (Runnable step : steps) {
            running.add(executor.submit(() -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new ReportFailedException("a step failed", e.getCause());
            }
        }
    }

    public static final class ReportFailedException extends Exception {
        public ReportFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
