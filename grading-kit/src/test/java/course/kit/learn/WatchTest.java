package course.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Watch: a saved starter file names its chapter once, and the watch stops when interrupted")
class WatchTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("a burst of writes to Java files reports the chapter once; other files report nothing")
    void savesReportTheirChapter() throws Exception {
        Course course = DemoCourse.create(root);
        BlockingQueue<String> saved = new LinkedBlockingQueue<>();
        Watch watch = new Watch(course, chapter -> saved.add(chapter.name()));
        Thread watching = new Thread(() -> {
            try {
                watch.loop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "watch");
        watching.start();
        try {
            Path starter = root.resolve("98-first/src/main/java/demo");
            Files.writeString(starter.resolve("notes.txt"), "not Java");
            assertThat(saved.poll(1, TimeUnit.SECONDS)).as("a non-Java file").isNull();

            Files.writeString(starter.resolve("Hits.java"), "class Hits {\n}\n");
            Files.writeString(starter.resolve("Hits.java"), "class Hits {\n    long hits;\n}\n");
            assertThat(saved.poll(15, TimeUnit.SECONDS)).as("the chapter of the saved file").isEqualTo("98-first");
            assertThat(saved.poll(Watch.SETTLE_MILLIS * 3, TimeUnit.MILLISECONDS)).as("a second report").isNull();
        } finally {
            watching.interrupt();
            watching.join(5_000);
        }
        assertThat(watching.isAlive()).as("the watch thread, 5 s after its interrupt").isFalse();
    }
}
