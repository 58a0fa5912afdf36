package course.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.kit.Exercise;
import course.kit.Gate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
            long until = System.nanoTime() + 50_000_000; // 50 ms of work
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            finished.incrementAndGet();
        };
        new ReportJob(executor).runAll(List.of(slowStep, slowStep, slowStep));
        assertThat(finished).as("steps finished when runAll returned").hasValue(3);
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
    @DisplayName("with two failing steps, the first in list order is the cause and the other is suppressed")
    void keepsEveryFailure() {
        List<Runnable> steps = List.of(
                () -> {
                    throw new IllegalArgumentException("bad input in section 1");
                },
                () -> { },
                () -> {
                    throw new IllegalStateException("disk full in section 3");
                });
        assertThatThrownBy(() -> new ReportJob(executor).runAll(steps))
                .isInstanceOf(ReportJob.ReportFailedException.class)
                .satisfies(e -> {
                    assertThat(e.getCause()).hasMessage("bad input in section 1");
                    assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                            .containsExactly("disk full in section 3");
                });
    }
}
