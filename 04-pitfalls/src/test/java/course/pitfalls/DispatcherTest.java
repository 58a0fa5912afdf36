package course.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.measure.LiveThreads;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "04.2", title = "A dispatcher that does not leak its thread", points = 2,
        hint = "The worker blocks in take() until something arrives. Send it something that means stop. "
                + "See 04-pitfalls/README.md, 'Hints for 04.2'.")
@DisplayName("04.2 Dispatcher ends its thread on close")
class DispatcherTest {

    private static final Duration GRACE = Duration.ofSeconds(2);

    @Test
    @DisplayName("events published before close() are all handled, in order, when close() returns")
    void handlesEverythingBeforeClose() {
        List<Integer> handled = new CopyOnWriteArrayList<>();
        Set<Thread> before = LiveThreads.snapshot();
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

    @Test
    @Gate
    @DisplayName("after close(), no thread started by the dispatcher is still alive")
    void leavesNoThreadBehind(TestReporter reporter) {
        Set<Thread> before = LiveThreads.snapshot();
        List<String> leaked;
        try {
            for (int d = 0; d < 5; d++) {
                try (Dispatcher<String> dispatcher = new Dispatcher<>("audit-" + d, event -> { })) {
                    dispatcher.publish("started");
                    dispatcher.publish("stopped");
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
