package course.pitfalls;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

public class ReportJob {

    private final ExecutorService executor;

    public ReportJob(ExecutorService executor) {
        this.executor = executor;
    }

    public void runAll(List<Runnable> steps) throws InterruptedException, ReportFailedException {
        int n = steps.size();
        Exception[] failures = new Exception[n];
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            Runnable step = steps.get(i);
            executor.execute(() -> {
                try {
                    step.run();
                } catch (Exception e) {
                    failures[index] = e; // each step its own slot; the latch publishes it
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        ReportFailedException report = null;
        for (Exception failure : failures) {
            if (failure == null) {
                continue;
            }
            if (report == null) {
                report = new ReportFailedException("a step of the report failed", failure);
            } else {
                report.addSuppressed(failure);
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
