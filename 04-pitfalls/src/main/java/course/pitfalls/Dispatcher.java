package course.pitfalls;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Hands events to a handler on a background thread, so that the callers of {@link #publish}
 * never wait for the handler. Created when a component starts, closed when it stops; a server
 * creates and closes many of them over its life.
 *
 * <p>Contract: events reach the handler in the order they were published, on one background
 * thread. {@link #close()} stops the dispatcher: events published before it are still handled,
 * and when it returns, the background thread has ended.
 *
 * <h2>TASK 04.2 - A dispatcher that does not leak its thread (2 points)</h2>
 * The background thread waits on {@code queue.take()} for the next event, forever: nobody ever
 * tells it to stop. {@code close()} does nothing, so every dispatcher ever created leaves a
 * thread behind, blocked, holding its queue and handler in memory, and (being a non-daemon
 * thread) keeping the JVM from exiting. Give the thread a way out and wait for it in close().
 * <p>Graded by: {@code ./mvnw test -pl 04-pitfalls}: after close(), no thread started by the
 * dispatcher, platform or virtual, may still be alive (counted with a deadline), and every event
 * published before close() must have been handled when it returns, on the dispatcher's thread.
 */
public class Dispatcher<E> implements AutoCloseable {

    private final BlockingQueue<E> queue = new LinkedBlockingQueue<>();
    private final Thread worker;

    /** Starts a dispatcher that hands events to {@code handler}. */
    public Dispatcher(String name, Consumer<E> handler) {
        worker = new Thread(() -> {
            try {
                while (true) {
                    handler.accept(queue.take()); // TODO 04.2: waits here forever once the events stop
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
        // TODO 04.2: nothing tells the worker to stop, and nothing waits for it
    }
}
