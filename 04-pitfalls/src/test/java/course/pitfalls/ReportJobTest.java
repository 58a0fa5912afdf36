package course.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.kit.Exercise;
import course.kit.Gate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(id = "04.3", title = "Errors that never log", points = 2,
        hint = "submit() returns a Future; the exception is inside it. "
                + "See 04-pitfalls/README.md, 'Hints for 04.3'.")
@DisplayName("04.3 ReportJob surfaces the failures of its steps")
class ReportJobTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    @DisplayName("runAll returns only when every step has finished")
    void waitsForEveryStep() throws Exception {
        AtomicInteger finished = new AtomicInteger();
        Runnable slowStep = () -> {
            spin(Duration.ofMillis(50));
            finished.incrementAndGet();
        };
        new ReportJob(executor).runAll(List.of(slowStep, slowStep, slowStep));
        assertThat(finished).as("steps finished when runAll returned").hasValue(3);
    }

    /** Busy for {@code time}: a step that works, not one that sleeps. */
    private static void spin(Duration time) {
        long until = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    @Gate
    @DisplayName("a step that throws makes runAll throw, with the step's exception as the cause")
    void surfacesAFailure() {
        List<Runnable> steps = List.of(
                () -> { },
                () -> {
                    throw new IllegalStateException("disk full while writing section 2");
                },
                () -> { });
        assertThatThrownBy(() -> new ReportJob(executor).runAll(steps))
                .as("runAll with a failing step")
                .isInstanceOf(ReportJob.ReportFailedException.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full while writing section 2");
    }

    @Test
    @DisplayName("a step that throws an Error, not an Exception, makes runAll throw too, with the Error as the cause")
    void surfacesAnError() {
        List<Runnable> steps = List.of(
                () -> { },
                () -> {
                    throw new AssertionError("totals do not add up in section 2");
                });
        assertThatThrownBy(() -> new ReportJob(executor).runAll(steps))
                .as("runAll with a step that throws an AssertionError (an Error: catch (Exception e) does not see it)")
                .isInstanceOf(ReportJob.ReportFailedException.class)
                .cause()
                .isInstanceOf(AssertionError.class)
                .hasMessage("totals do not add up in section 2");
    }

    /** The first step in list order fails last in time: the cause follows the list, not the clock. */
    @Test
    @DisplayName("with two failing steps, the first in list order is the cause and the other is suppressed")
    void keepsEveryFailure() {
        List<Runnable> steps = List.of(
                () -> {
                    spin(Duration.ofMillis(100));
                    throw new IllegalArgumentException("bad input in section 1");
                },
                () -> { },
                () -> {
                    throw new IllegalStateException("disk full in section 3");
                });
        assertThatThrownBy(() -> new ReportJob(executor).runAll(steps))
                .isInstanceOf(ReportJob.ReportFailedException.class)
                .satisfies(e -> {
                    assertThat(e.getCause())
                            .as("the cause, when section 1 (first in the list) fails 100 ms after section 3: "
                                    + "the list decides, not which failure came first")
                            .hasMessage("bad input in section 1");
                    List<String> suppressed = Stream.concat(Arrays.stream(e.getSuppressed()),
                                    Arrays.stream(e.getCause().getSuppressed()))
                            .map(Throwable::getMessage).toList();
                    assertThat(suppressed).as("the other failures, suppressed on the report's exception or on its cause")
                            .containsExactly("disk full in section 3");
                });
    }
}
