package course.kit.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Runs the same job on several platform threads that start at the same instant, and waits for
 * them with a deadline. A job that is still running at the deadline fails the check with what
 * it was doing (its stack) and any deadlock the JVM can see, instead of hanging the build.
 */
public final class Together {

    private Together() {
    }

    /**
     * Runs {@code job.apply(i)} on thread {@code i} for {@code i} in {@code [0, threads)}, all
     * released together, and returns their results in thread order.
     *
     * @param what what the threads do, for the failure message ("2 threads incrementing")
     */
    public static <T> List<T> run(String what, int threads, Duration deadline, IntFunction<Callable<T>> job) {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<FutureTask<T>> tasks = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<T> body = job.apply(i);
            FutureTask<T> task = new FutureTask<>(() -> {
                ready.countDown();
                go.await();
                return body.call();
            });
            Thread worker = new Thread(task, "worker-" + i);
            worker.setDaemon(true); // a stuck worker must not keep the test JVM alive
            tasks.add(task);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
        await(ready, deadline, "all " + threads + " worker threads to start (" + what + ")");
        go.countDown();

        long end = System.nanoTime() + deadline.toNanos();
        List<T> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            try {
                long left = Math.max(0, end - System.nanoTime());
                results.add(tasks.get(i).get(left, TimeUnit.NANOSECONDS));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(stuck(what, deadline, workers));
            } catch (ExecutionException e) {
                throw failed(what, i, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        return results;
    }

    /** Runs {@code job} on {@code threads} threads together; see {@link #run}. */
    public static void runAll(String what, int threads, Duration deadline, Runnable job) {
        run(what, threads, deadline, i -> () -> {
            job.run();
            return null;
        });
    }

    static void await(CountDownLatch latch, Duration deadline, String what) {
        try {
            if (!latch.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("gave up after " + deadline.toSeconds() + " s waiting for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    private static String stuck(String what, Duration deadline, List<Thread> workers) {
        String stacks = workers.stream()
                .filter(Thread::isAlive)
                .map(t -> "  " + t.getName() + " (" + t.getState() + ")\n"
                        + Arrays.stream(t.getStackTrace()).limit(8)
                                .map(f -> "      at " + f).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
        String deadlock = Deadlocks.find().map(d -> "\n" + d).orElse("");
        return what + " did not finish within " + deadline.toSeconds() + " s. Still running:\n" + stacks + deadlock;
    }

    /**
     * What a worker's failure means: an exception from the code under test, thrown while other
     * threads ran it too, is that code breaking under concurrency (a plain {@code HashMap} or
     * {@code ArrayList} changed by two threads at once throws), so the check fails by assertion.
     */
    private static RuntimeException failed(String what, int worker, Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException r) {
            throw new AssertionError("worker-" + worker + " of " + what + " threw " + r + ": the code broke while "
                    + "other threads ran it too (a plain collection changed by two threads at once throws like this)", r);
        }
        return new IllegalStateException(t);
    }
}
