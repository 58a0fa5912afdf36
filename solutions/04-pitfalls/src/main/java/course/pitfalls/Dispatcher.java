package course.pitfalls;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands events to a handler on a background thread, so that the callers of {@link #publish}
 * never wait for the handler. Created when a component starts, closed when it stops; a server
 * creates and closes many of them over its life.
 *
 * <p>Contract: events reach the handler in the order they were published, on one background
 * thread. {@link #close()} stops the dispatcher: events published before it are still handled,
 * and when it returns, the background thread has ended.
 */
public class Dispatcher<E> implements AutoCloseable {

    /*
     * SOLUTION 04.2. close() queues a private STOP marker (a "poison pill") behind the events
     * already published, then joins the worker with a deadline. The worker handles events until
     * it takes the marker, and returns.
     *
     * Why a pill and not interrupt(): an interrupt would stop the worker at once, dropping the
     * events still queued; the pill arrives after them, so the contract "events published before
     * close are handled" holds. The join makes close() mean what it says: when it returns, the
     * thread is gone, and a hung handler is reported instead of waited for forever.
     *
     * ExecutorService.close() (Java 19+) gives the same guarantee for a single-thread executor:
     * shutdown, then wait for the queued tasks. Either way, a thread you start is a thread you
     * must end, and the Go lesson applies unchanged: always have a cancellation path.
     */
    private static final Object STOP = new Object();
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread worker;

    /** Starts a dispatcher that hands events to {@code handler}. */
    @SuppressWarnings("unchecked")
    public Dispatcher(String name, Consumer<E> handler) {
        worker = new Thread(() -> {
            try {
                for (Object next = queue.take(); next != STOP; next = queue.take()) {
                    handler.accept((E) next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        worker.start();
    }

    /** Queues {@code event} for the handler; never waits for it. */
    public void publish(E event) {
        queue.add(event);
    }

    /** Handles what was published, then stops the background thread. */
    @Override
    public void close() {
        queue.add(STOP);
        try {
            worker.join(TimeUnit.SECONDS.toMillis(CLOSE_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            return;
        }
        if (worker.isAlive()) {
            worker.interrupt();
            throw new IllegalStateException("dispatcher thread " + worker.getName() + " did not finish its events within "
                    + CLOSE_TIMEOUT_SECONDS + " s of close(); interrupted it");
        }
    }
}
