package course.pitfalls;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
     * Java 21: a virtual thread per event, and ExecutorService.close() waits for all of them.
     * No queue, no worker loop, no stop marker: nothing left to leak.
     */
    private final ExecutorService events = Executors.newVirtualThreadPerTaskExecutor();
    private final Consumer<E> handler;

    /** Starts a dispatcher that hands events to {@code handler}. */
    public Dispatcher(String name, Consumer<E> handler) {
        this.handler = handler;
    }

    /** Queues {@code event} for the handler; never waits for it. */
    public void publish(E event) {
        events.execute(() -> handler.accept(event));
    }

    /** Handles what was published, then stops the background thread. */
    @Override
    public void close() {
        events.close(); // shuts down and waits until every event's thread has ended
    }
}
