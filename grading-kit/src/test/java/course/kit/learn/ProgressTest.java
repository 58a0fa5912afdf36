package course.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Progress: every chapter's exercises from the last scoreboards, and what to do next")
class ProgressTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("a chapter that ran shows each exercise's verdict and points; exercises it did not run show as not run")
    void ranChapter() throws IOException {
        String text = Progress.render(DemoCourse.create(root));
        assertThat(text).contains("Course progress: 2 of 10 points, 1 of 4 exercises passed")
                .containsPattern("\\[PASS] 98\\.1 Count every hit +2/2 pts")
                .containsPattern("\\[FAIL] 98\\.2 Stop queueing +0/3 pts")
                .containsPattern("\\[    ] 98\\.3 Added after the last run +-/1 pts")
                .contains("98-first").contains("2/6 pts, last run");
    }

    @Test
    @DisplayName("a chapter that never ran says how to run it and still lists its exercises")
    void chapterNeverRun() throws IOException {
        String text = Progress.render(DemoCourse.create(root));
        assertThat(text).contains("not run yet: ./mvnw test -pl 99-second")
                .containsPattern("\\[    ] 99\\.1 Never run +-/4 pts")
                .doesNotContain("not-a-chapter");
    }

    @Test
    @DisplayName("next is the first red exercise: the file to edit, the command that grades it, the hint command")
    void nextRedExercise() throws IOException {
        String text = Progress.render(DemoCourse.create(root));
        assertThat(text).contains("Next: 98.2 Stop queueing")
                .contains("edit   98-first/src/main/java/demo/Queue.java")
                .contains("grade  ./mvnw test -pl 98-first")
                .contains("hint   ./mvnw -q -Phint -Dexercise=98.2");
        assertThat(Progress.nextExercise(new Course(root))).contains("98.2");
    }

    @Test
    @DisplayName("a file changed after the last run asks for a new run first")
    void changedSinceLastRun() throws IOException {
        Course course = DemoCourse.create(root);
        Path hits = root.resolve("98-first/src/main/java/demo/Hits.java");
        Files.setLastModifiedTime(hits, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(Progress.render(course)).contains("files changed since this run")
                .contains("Next: you changed 98-first since its last run. Grade it again:");
    }

    @Test
    @DisplayName("an unreadable scoreboard is reported, never thrown")
    void unreadableScoreboard() throws IOException {
        Course course = DemoCourse.create(root);
        Files.writeString(root.resolve("98-first/target/scoreboard.json"), "{ not json");
        assertThat(Progress.render(course)).contains("last scoreboard unreadable: ./mvnw test -pl 98-first")
                .contains("Next: grade 98-first again");
    }
}
