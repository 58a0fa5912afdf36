package course.falsesharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.measure.Layout;
import course.kit.measure.Together;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
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
    private static final List<String> READER_FIELDS = List.of("linesRead", "bytesRead");
    private static final List<String> WRITER_FIELDS = List.of("linesWritten", "bytesWritten");

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
    @Gate
    @DisplayName("every reader field is at least 128 bytes from every writer field (JOL)")
    void readerAndWriterApart(TestReporter reporter) {
        long closest = Long.MAX_VALUE;
        List<String> tooClose = new ArrayList<>();
        for (String r : READER_FIELDS) {
            for (String w : WRITER_FIELDS) {
                long d = Layout.distance(PipelineStats.class, r, w);
                closest = Math.min(closest, d);
                if (d < SAFE_DISTANCE) {
                    tooClose.add(r + "/" + w + " " + d + " bytes");
                }
            }
        }
        Figures.report(reporter, closest + " bytes between the closest reader and writer fields",
                "at least " + SAFE_DISTANCE);
        assertThat(tooClose)
                .withFailMessage("Reader and writer fields share cache lines: %s.%s The layout this JVM chose:%n%s",
                        tooClose, contendedNote(), Layout.describe(PipelineStats.class))
                .isEmpty();
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
