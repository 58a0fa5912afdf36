package course.pitfalls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
        List<Future<Integer>> tasks = new ArrayList<>();
        int chunk = (data.length + CHUNKS - 1) / CHUNKS;
        for (int c = 0; c < CHUNKS; c++) {
            int from = Math.min(data.length, c * chunk);
            int to = Math.min(data.length, from + chunk);
            tasks.add(executor.submit(() -> {
                for (int i = from; i < to && !Thread.currentThread().isInterrupted(); i++) {
                    if (matches.test(data[i])) {
                        return i;
                    }
                }
                return -1;
            }));
        }
        long end = System.nanoTime() + deadline.toNanos();
        try {
            for (Future<Integer> task : tasks) {
                int found = task.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (found >= 0) {
                    return found;
                }
            }
            return -1;
        } catch (TimeoutException e) {
            return -1;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a search task failed", e.getCause());
        } finally {
            tasks.forEach(t -> t.cancel(true));
        }
    }
}
