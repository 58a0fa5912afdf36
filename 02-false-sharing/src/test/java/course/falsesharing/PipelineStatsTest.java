package course.falsesharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import course.falsesharing.races.PipelineStats_01_MonitorSeesLine;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.TerminationRun;
import course.kit.measure.Layout;
import course.kit.measure.Together;
import course.kit.measure.WrittenMemory;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "02.3", title = "Group fields by the thread that writes them", points = 3,
        hint = "@Contended takes a group name: one group per writing thread. "
                + "See 02-false-sharing/README.md, 'Hints for 02.3'.")
@DisplayName("02.3 PipelineStats keeps the reader's and the writer's counters apart")
class PipelineStatsTest {

    private static final int SAFE_DISTANCE = 128;

    @Test
    @DisplayName("a reader and a writer thread counting at once: every line and byte counted")
    void countsFromBothThreads() {
        PipelineStats stats = new PipelineStats();
        Together.run("a reader and a writer", 2, Duration.ofSeconds(30), role -> () -> {
            for (int i = 0; i < 100_000; i++) {
                if (role == 0) {
                    stats.lineRead(10);
                } else {
                    stats.lineWritten(20);
                }
            }
            return null;
        });
        assertThat(stats.linesRead()).isEqualTo(100_000);
        assertThat(stats.bytesRead()).isEqualTo(1_000_000);
        assertThat(stats.linesWritten()).isEqualTo(100_000);
        assertThat(stats.bytesWritten()).isEqualTo(2_000_000);
    }

    @Test
    @DisplayName("a monitor waiting for the first line written sees it (termination test)")
    void monitorSeesTheLine(TestReporter reporter) {
        TerminationRun.assertTerminates(PipelineStats_01_MonitorSeesLine.class, reporter);
    }

    /** Where lineRead() and lineWritten() really write, read from memory before and after each (JOL). */
    @Test
    @Gate
    @DisplayName("what the reader and the writer thread write is at least 128 bytes apart (JOL)")
    void readerAndWriterApart(TestReporter reporter) {
        PipelineStats stats = new PipelineStats();
        List<WrittenMemory.Word> reader = WrittenMemory.writtenBy(stats, () -> stats.lineRead(10));
        List<WrittenMemory.Word> writer = WrittenMemory.writtenBy(stats, () -> stats.lineWritten(20));
        assertThat(reader).as("memory lineRead() writes").isNotEmpty();
        assertThat(writer).as("memory lineWritten() writes").isNotEmpty();
        WrittenMemory.Separation apart = WrittenMemory.separation(stats, List.of("the reader", "the writer"),
                List.of(reader, writer));
        Figures.report(reporter, apart.distance() + " bytes between " + apart.between(), "at least " + SAFE_DISTANCE);
        assertThat(apart.distance())
                .withFailMessage("%s: a shared cache line (or a prefetched pair), so each thread's update takes the "
                        + "line from the other.%s The layout this JVM chose:%n%s",
                        apart.tooClose(SAFE_DISTANCE), contendedNote(), Layout.describe(PipelineStats.class))
                .isGreaterThanOrEqualTo(SAFE_DISTANCE);
    }

    /** @Contended does nothing for application classes unless the JVM runs with -XX:-RestrictContended. */
    private static String contendedNote() {
        String restricted = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("RestrictContended").getValue();
        return "true".equals(restricted)
                ? " This JVM runs with -XX:+RestrictContended, so @Contended is ignored here: run through Maven,"
                        + " whose build passes -XX:-RestrictContended."
                : "";
    }
}
