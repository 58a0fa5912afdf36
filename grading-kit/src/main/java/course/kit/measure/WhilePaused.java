package course.kit.measure;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Does another thread make progress while one thread is paused inside the code under test? The
 * test puts {@link #pauseHere()} in a callback it hands to that code (a parser, a task, a
 * listener). When the <em>paused job</em> reaches it, its thread stops there; meanwhile the
 * <em>other job</em> runs on a second thread and must finish within the patience. Then the
 * paused thread goes on, and pauses again at its next call, where the other job runs again.
 *
 * <p>This grades the property, not the mechanism: whatever the other thread waits for, a
 * monitor, a {@code java.util.concurrent} lock, a read lock, a semaphore permit or a spin loop
 * on a flag, it cannot finish while the paused thread holds it. A thread that is never paused
 * (the callback is never called by the paused job) is reported too: then nothing was tested.
 */
public final class WhilePaused {

    /** The most pauses of one run: a callback called more often than this is not paused any more. */
    static final int MAX_PAUSES = 8;

    private final Duration patience;
    private volatile Thread pausedThread;
    private volatile CountDownLatch resume = new CountDownLatch(1);
    /** What the paused job's thread tells the probe: it paused, or it finished. */
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private static final Object PAUSED = new Object();
    private static final Object FINISHED = new Object();

    /**
     * What happened: how often the paused job paused, and, if the other job could not finish
     * during one of those pauses, where it was stuck.
     *
     * @param pauses  times the paused job stopped at {@link #pauseHere()}
     * @param stuckAt null when the other job always finished; else its thread's state and stack
     */
    public record Outcome(int pauses, String stuckAt) {
        /** True when the other job finished during every pause. */
        public boolean othersProceeded() {
            return stuckAt == null;
        }
    }

    /** A probe whose other job must finish within {@code patience} of each pause. */
    public WhilePaused(Duration patience) {
        this.patience = patience;
    }

    /** Pauses the calling thread if it runs the paused job, until the other job had its chance. */
    public void pauseHere() {
        if (Thread.currentThread() != pausedThread) {
            return;
        }
        CountDownLatch until = resume;
        events.add(PAUSED);
        try {
            if (!until.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the probe never resumed this paused thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code paused} on one thread and, at each of its pauses, {@code other} on another.
     *
     * @throws AssertionError when the paused job does not finish within the patience once resumed,
     *                        or {@code other} throws
     */
    public Outcome run(String pausedWhat, Runnable paused, String otherWhat, Runnable other) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                paused.run();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                events.add(FINISHED);
            }
        }, "paused: " + pausedWhat);
        first.setDaemon(true);
        pausedThread = first;
        first.start();
        int pauses = 0;
        try {
            while (true) {
                Object event = next(pausedWhat + " to reach the paused callback or finish");
                if (event == FINISHED) {
                    break;
                }
                pauses++;
                String stuck = runOther(otherWhat, other, pausedWhat);
                if (stuck != null) {
                    return new Outcome(pauses, stuck);
                }
                if (pauses >= MAX_PAUSES) {
                    pausedThread = null;
                }
                release();
            }
        } finally {
            pausedThread = null;
            release();
            join(first, pausedWhat, failure);
        }
        return new Outcome(pauses, null);
    }

    private void release() {
        CountDownLatch open = resume;
        resume = new CountDownLatch(1);
        open.countDown();
    }

    /** Runs the other job on a thread of its own; returns where it was stuck, or null if it finished in time. */
    private String runOther(String otherWhat, Runnable other, String pausedWhat) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread second = new Thread(() -> {
            try {
                other.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "other: " + otherWhat);
        second.setDaemon(true);
        second.start();
        try {
            second.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + otherWhat, e);
        }
        if (second.isAlive()) {
            String stack = Arrays.stream(second.getStackTrace()).limit(10)
                    .map(f -> "      at " + f).collect(Collectors.joining("\n"));
            return otherWhat + " did not finish within " + patience.toMillis() + " ms while " + pausedWhat
                    + " was paused. It was still running (" + second.getState() + "):\n" + stack;
        }
        if (failure.get() != null) {
            throw new AssertionError(otherWhat + " threw " + failure.get(), failure.get());
        }
        return null;
    }

    private Object next(String what) {
        try {
            Object event = events.poll(patience.toMillis() + 30_000, TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("gave up waiting for " + what);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    private void join(Thread first, String pausedWhat, AtomicReference<Throwable> failure) {
        try {
            first.join(patience.toMillis() + 30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (first.isAlive()) {
            throw new AssertionError(pausedWhat + " did not finish after it was resumed");
        }
        if (failure.get() != null) {
            throw new AssertionError(pausedWhat + " threw " + failure.get(), failure.get());
        }
    }
}
