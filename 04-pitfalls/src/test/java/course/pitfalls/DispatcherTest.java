package course.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.measure.LiveThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "04.2", title = "A dispatcher that does not leak its thread", points = 2,
        hint = "The worker blocks in take() until something arrives. Send it something that means stop. "
                + "See 04-pitfalls/README.md, 'Hints for 04.2'.")
@DisplayName("04.2 Dispatcher ends its thread on close")
class DispatcherTest {

    private static final Duration GRACE = Duration.ofSeconds(2);
    /** Longer than a close() that gives up after a moment would wait. */
    private static final Duration LAST_EVENT_TAKES = Duration.ofSeconds(1);

    /** Parks until {@code time} has passed: a handler that is slow, not one that waits for anything. */
    private static void busyFor(Duration time) {
        long end = System.nanoTime() + time.toNanos();
        for (long left = time.toNanos(); left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    @Test
    @DisplayName("events published before close() are all handled, in order, when close() returns")
    void handlesEverythingBeforeClose() {
        List<Integer> handled = new CopyOnWriteArrayList<>();
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        try (Dispatcher<Integer> dispatcher = new Dispatcher<>("orders", handled::add)) {
            for (int i = 0; i < 1_000; i++) {
                dispatcher.publish(i);
            }
        } finally {
            LiveThreads.startedSince(before).forEach(Thread::interrupt);
        }
        assertThat(handled.size())
                .withFailMessage("close() returned when %d of 1,000 events had been handled: it must wait for them",
                        handled.size())
                .isEqualTo(1_000);
        assertThat(handled).as("events in the order they were published").isSorted();
    }

    /**
     * A handler that takes a millisecond per event, and a whole second for the last one: a
     * close() that does not wait for the dispatcher's thread, or waits only a while and then
     * returns as if all were done, returns before the last event is handled.
     */
    @Test
    @DisplayName("close() returns only after the last event was handled, each on the dispatcher's own thread")
    void closeWaitsAndKeepsEventsOnItsThread() {
        List<Thread> handlers = new CopyOnWriteArrayList<>();
        List<Integer> handled = new CopyOnWriteArrayList<>();
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        Thread caller = Thread.currentThread();
        try (Dispatcher<Integer> dispatcher = new Dispatcher<>("slow", event -> {
            handlers.add(Thread.currentThread());
            busyFor(event == 49 ? LAST_EVENT_TAKES : Duration.ofMillis(1));
            handled.add(event);
        })) {
            for (int i = 0; i < 50; i++) {
                dispatcher.publish(i);
            }
        } finally {
            LiveThreads.startedSince(before).forEach(Thread::interrupt);
        }
        assertThat(handled.size())
                .withFailMessage("close() returned when %d of 50 slow events had been handled (the last takes %d ms): "
                        + "it must wait until the dispatcher's thread has handled every one, however long that takes",
                        handled.size(), LAST_EVENT_TAKES.toMillis())
                .isEqualTo(50);
        assertThat(handlers).as("threads that ran the handler")
                .withFailMessage("the handler ran on %s: events are handled on the dispatcher's one thread, in order, "
                        + "never on the thread that calls close()", handlers.stream().distinct().map(Thread::getName)
                        .toList())
                .allMatch(t -> t == handlers.get(0) && t != caller);
    }

    /**
     * Waits until the dispatcher has handled both events and its platform threads are parked
     * again (a worker that has just handled an event is still running until it reaches take()).
     */
    private static void awaitIdle(CountDownLatch handled, LiveThreads.Snapshot before) {
        try {
            assertThat(handled.await(10, TimeUnit.SECONDS)).as("both events handled within 10 s").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the dispatcher to handle its events", e);
        }
        long end = System.nanoTime() + GRACE.toNanos();
        while (System.nanoTime() < end && LiveThreads.startedSince(before).stream()
                .anyMatch(t -> t.getState() == Thread.State.RUNNABLE)) {
            Thread.onSpinWait();
        }
    }

    @Test
    @Gate
    @DisplayName("after close(), no thread started by the dispatcher is still alive")
    void leavesNoThreadBehind(TestReporter reporter) {
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        List<String> leaked;
        try {
            for (int d = 0; d < 5; d++) {
                CountDownLatch handled = new CountDownLatch(2);
                try (Dispatcher<String> dispatcher = new Dispatcher<>("audit-" + d, event -> handled.countDown())) {
                    dispatcher.publish("started");
                    dispatcher.publish("stopped");
                    if (d % 2 == 1) {
                        awaitIdle(handled, before); // close an idle dispatcher too: its thread is waiting in take()
                    }
                }
            }
            leaked = LiveThreads.leakedSince(before, GRACE);
        } finally {
            LiveThreads.startedSince(before).forEach(Thread::interrupt); // do not leave them to the next test
        }
        Figures.report(reporter, leaked.size() + " threads still alive after closing 5 dispatchers (waited up to "
                + GRACE.toSeconds() + " s)", "0");
        assertThat(leaked)
                .withFailMessage("5 closed dispatchers left %d threads behind, still waiting for events that will "
                        + "never come:%n%s", leaked.size(), String.join("\n", leaked))
                .isEmpty();
    }
}
