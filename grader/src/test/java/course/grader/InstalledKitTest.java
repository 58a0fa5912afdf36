package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The installed kit: the grader notices when anything changed the jar it installed")
class InstalledKitTest {

    @TempDir
    Path dir;

    private Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    @DisplayName("never installed, installed and intact, then overwritten by a submission, then with a file added")
    void noticesChanges() throws IOException {
        Path course = dir.resolve("course");
        write(course.resolve("pom.xml"), "<project/>");
        write(course.resolve("grading-kit/src/main/java/Kit.java"), "class Kit {}");
        Path repository = dir.resolve("repository");
        Path jar = write(repository.resolve("course/concurrency/grading-kit/1.0-SNAPSHOT/grading-kit-1.0-SNAPSHOT.jar"), "kit");
        write(repository.resolve("course/concurrency/course-parent/1.0-SNAPSHOT/course-parent-1.0-SNAPSHOT.pom"), "<parent/>");
        InstalledKit kit = InstalledKit.of(course, repository);

        assertThat(kit.changed()).containsExactly("(not installed by the grader)");
        kit.record();
        assertThat(kit.changed()).isEmpty();
        assertThat(InstalledKit.of(course, repository).changed()).as("the same course, looked at again").isEmpty();

        Files.writeString(jar, "a kit whose measures always pass");
        assertThat(kit.changed()).containsExactly(
                Path.of("course/concurrency/grading-kit/1.0-SNAPSHOT/grading-kit-1.0-SNAPSHOT.jar").toString());
        kit.record();
        write(repository.resolve("course/concurrency/grading-kit/1.0-SNAPSHOT/extra.jar"), "x");
        assertThat(kit.changed()).containsExactly(Path.of("course/concurrency/grading-kit/1.0-SNAPSHOT/extra.jar").toString());

        write(course.resolve("grading-kit/src/main/java/Kit.java"), "class Kit { int changed; }");
        assertThat(InstalledKit.of(course, repository).changed()).as("a course with other kit sources")
                .containsExactly("(not installed by the grader)");
    }
}
