package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ChapterGrader keeps what a run leaves for the instructor within bounds")
class ChapterGraderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the harness logs of a run are kept, but 100 files of 1 MiB that student code wrote beside them are not")
    void keepsHarnessLogsWithinBounds() throws IOException {
        Path target = dir.resolve("target");
        Files.createDirectories(target.resolve("jcstress"));
        Files.writeString(target.resolve("jcstress/console.log"), "jcstress ran");
        Path jmh = Files.createDirectories(target.resolve("jmh"));
        for (int i = 0; i < 100; i++) {
            Files.write(jmh.resolve(String.format("flood-%03d.log", i)), new byte[1024 * 1024]);
        }

        int kept = ChapterGrader.keepHarnessLogs(target, dir.resolve("logs"));

        assertThat(kept).isBetween(1, ChapterGrader.MAX_HARNESS_LOGS);
        assertThat(dir.resolve("logs/console.log")).hasContent("jcstress ran");
        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            assertThat(logs.mapToLong(p -> p.toFile().length()).sum()).isLessThanOrEqualTo(ChapterGrader.MAX_HARNESS_LOG_BYTES);
        }
    }
}
