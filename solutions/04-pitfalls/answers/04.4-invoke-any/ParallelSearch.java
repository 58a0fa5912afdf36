package course.pitfalls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;

public class ParallelSearch {
    public static final int CHUNKS = 8;
    private final ExecutorService executor;

    public ParallelSearch(ExecutorService executor) {
        this.executor = executor;
    }

    public int findAny(int[] data, IntPredicate matches, Duration deadline) throws InterruptedException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        int chunk = (data.length + CHUNKS - 1) / CHUNKS;
        for (int c = 0; c < CHUNKS; c++) {
            int from = Math.min(data.length, c * chunk);
            int to = Math.min(data.length, from + chunk);
            tasks.add(() -> {
                for (int i = from; i < to; i++) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                    if (matches.test(data[i])) {
                        return i;
                    }
                }
                throw new NoSuchElementException("no match in [" + from + ", " + to + ")");
            });
        }
        try {
            return executor.invokeAny(tasks, deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        }
    }
}
