package course.pitfalls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;

public class ParallelSearch {

    public static final int CHUNKS = 8;
    private static final long CLEAN_UP_SECONDS = 10;

    private final ExecutorService executor;

    public ParallelSearch(ExecutorService executor) {
        this.executor = executor;
    }

    public int findAny(int[] data, IntPredicate matches, Duration deadline) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(CHUNKS);
        Set<Thread> scanning = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        int chunk = (data.length + CHUNKS - 1) / CHUNKS;
        for (int c = 0; c < CHUNKS; c++) {
            int from = Math.min(data.length, c * chunk);
            int to = Math.min(data.length, from + chunk);
            CompletableFuture<Integer> result = new CompletableFuture<>();
            results.add(result);
            executor.execute(() -> {
                scanning.add(Thread.currentThread());
                try {
                    for (int i = from; i < to && !stop.get() && !Thread.currentThread().isInterrupted(); i++) {
                        if (matches.test(data[i])) {
                            result.complete(i);
                            return;
                        }
                    }
                    result.complete(-1);
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                } finally {
                    scanning.remove(Thread.currentThread());
                    Thread.interrupted(); // do not hand a pool thread back with our interrupt on it
                    finished.countDown();
                }
            });
        }
        try {
            for (CompletableFuture<Integer> result : results) {
                try {
                    int found = result.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
                    if (found >= 0) {
                        return found;
                    }
                } catch (TimeoutException slow) {
                    // this chunk is slow; the next ones may already have their answer
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a search task failed", e.getCause());
                }
            }
            return -1;
        } finally {
            stop.set(true);
            scanning.forEach(Thread::interrupt); // wakes a task blocked inside the predicate
            if (!finished.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("search tasks did not stop within " + CLEAN_UP_SECONDS
                        + " s of being told to");
            }
        }
    }
}
