package course.pitfalls;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

public class ParallelSearch {
    public static final int CHUNKS = 8;

    private final ExecutorService executor;
    private volatile boolean stop;

    public ParallelSearch(ExecutorService executor) {
        this.executor = executor;
    }

    public int findAny(int[] data, IntPredicate matches, Duration deadline) throws InterruptedException {
        stop = false;
        AtomicInteger found = new AtomicInteger(-1);
        CountDownLatch answered = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(CHUNKS);
        int chunk = (data.length + CHUNKS - 1) / CHUNKS;
        for (int c = 0; c < CHUNKS; c++) {
            int from = Math.min(data.length, c * chunk);
            int to = Math.min(data.length, from + chunk);
            executor.execute(() -> {
                try {
                    for (int i = from; i < to && !stop; i++) {
                        if (matches.test(data[i])) {
                            found.compareAndSet(-1, i);
                            answered.countDown();
                            return;
                        }
                    }
                } finally {
                    done.countDown();
                    if (done.getCount() == 0) {
                        answered.countDown();
                    }
                }
            });
        }
        answered.await(deadline.toMillis(), TimeUnit.MILLISECONDS); // an interrupt throws from here, past the clean-up
        stop = true;
        done.await();
        return found.get();
    }
}
