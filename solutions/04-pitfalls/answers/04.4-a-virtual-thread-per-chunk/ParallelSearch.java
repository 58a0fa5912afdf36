package course.pitfalls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

public class ParallelSearch {
    public static final int CHUNKS = 8;

    public ParallelSearch(ExecutorService executor) {
        // every search runs on virtual threads of its own
    }

    public int findAny(int[] data, IntPredicate matches, Duration deadline) throws InterruptedException {
        AtomicInteger found = new AtomicInteger(-1);
        AtomicInteger running = new AtomicInteger(CHUNKS);
        CountDownLatch answered = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        int chunk = (data.length + CHUNKS - 1) / CHUNKS;
        for (int c = 0; c < CHUNKS; c++) {
            int from = Math.min(data.length, c * chunk);
            int to = Math.min(data.length, from + chunk);
            threads.add(Thread.ofVirtual().name("search-" + c).start(() -> {
                try {
                    for (int i = from; i < to && !Thread.currentThread().isInterrupted(); i++) {
                        if (matches.test(data[i])) {
                            found.compareAndSet(-1, i);
                            answered.countDown();
                            return;
                        }
                    }
                } finally {
                    if (running.decrementAndGet() == 0) {
                        answered.countDown();
                    }
                }
            }));
        }
        try {
            answered.await(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            threads.forEach(Thread::interrupt);
            for (Thread t : threads) {
                t.join();
            }
        }
        return found.get();
    }
}
