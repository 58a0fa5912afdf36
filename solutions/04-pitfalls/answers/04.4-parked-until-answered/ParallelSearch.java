package course.pitfalls;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;

/**
 * Searches a large array for any element that matches, in parallel: the array is cut into
 * chunks and each chunk is scanned by a task on the executor.
 *
 * <p>Contract: {@link #findAny} returns the index of some matching element, or -1 when none
 * matches or when the deadline passes first. When it returns (or throws), none of its tasks is
 * still running: no work goes on behind the caller's back. The predicate may be slow.
 */
public class ParallelSearch {

    /** Number of tasks a search is split into. */
    public static final int CHUNKS = 8;
    private static final long CLEAN_UP_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ExecutorService executor;

    /** A search that runs its tasks on {@code executor}. */
    public ParallelSearch(ExecutorService executor) {
        this.executor = executor;
    }

    /**
     * One chunk's scan. Interrupting it and clearing its thread happen under its monitor, so an
     * interrupt meant for this scan never lands on the pool thread's next task.
     */
    private static final class Scan implements Runnable {
        private final int[] data;
        private final int from;
        private final int to;
        private final IntPredicate matches;
        private final Search search;
        private Thread runner; // guarded by this

        Scan(int[] data, int from, int to, IntPredicate matches, Search search) {
            this.data = data;
            this.from = from;
            this.to = to;
            this.matches = matches;
            this.search = search;
        }

        @Override
        public void run() {
            synchronized (this) {
                runner = Thread.currentThread();
            }
            try {
                for (int i = from; i < to && !search.stop.get() && !Thread.currentThread().isInterrupted(); i++) {
                    if (matches.test(data[i])) {
                        search.found.compareAndSet(-1, i);
                        search.stop.set(true);
                        break;
                    }
                }
            } finally {
                synchronized (this) {
                    runner = null;
                    Thread.interrupted(); // an interrupt of ours came before this point, or not at all
                }
                search.unfinished.decrementAndGet();
                LockSupport.unpark(search.caller); // then wake the caller, which rechecks
            }
        }

        synchronized void interrupt() {
            if (runner != null) {
                runner.interrupt();
            }
        }
    }

    /** What the tasks of one search share with its caller. */
    private static final class Search {
        final Thread caller = Thread.currentThread();
        final AtomicInteger found = new AtomicInteger(-1);
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger unfinished = new AtomicInteger(CHUNKS);
    }

    /** The index of an element of {@code data} that {@code matches}, or -1; gives up at {@code deadline}. */
    public int findAny(int[] data, IntPredicate matches, Duration deadline) throws InterruptedException {
        Search search = new Search();
        Scan[] scans = new Scan[CHUNKS];
        int chunk = (data.length + CHUNKS - 1) / CHUNKS;
        for (int c = 0; c < CHUNKS; c++) {
            int from = Math.min(data.length, c * chunk);
            int to = Math.min(data.length, from + chunk);
            scans[c] = new Scan(data, from, to, matches, search);
        }
        for (Scan scan : scans) {
            executor.execute(scan); // execute, not submit: a queued scan always runs, sees stop and counts itself
        }
        boolean interrupted = false;
        long end = System.nanoTime() + deadline.toNanos();
        // Wait for an answer, the end of every scan, the deadline or an interrupt, parked.
        while (search.found.get() < 0 && search.unfinished.get() > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                break;
            }
            LockSupport.parkNanos(this, left);
            if (Thread.interrupted()) {
                interrupted = true;
                break;
            }
        }
        // Whatever ended the wait: stop every scan, wake one blocked in the predicate, and wait
        // until all have returned. The caller's interrupt is kept aside so that park really parks.
        search.stop.set(true);
        for (Scan scan : scans) {
            scan.interrupt();
        }
        long cleanUpEnd = System.nanoTime() + CLEAN_UP_NANOS;
        while (search.unfinished.get() > 0) {
            long left = cleanUpEnd - System.nanoTime();
            if (left <= 0) {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("search tasks did not stop within 10 s of being told to");
            }
            LockSupport.parkNanos(this, left);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            throw new InterruptedException("interrupted while searching; every task has stopped");
        }
        return search.found.get();
    }
}
