package course.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The course finds its chapters, and each chapter its starter, on disk")
class CourseChaptersTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("a chapter is a numbered folder with a pom, in order; a chapter is found by name, number or exercise")
    void findsChaptersOnDisk() throws IOException {
        Course course = DemoCourse.create(root);
        assertThat(course.chapters()).extracting(Chapter::name).containsExactly("98-first", "99-second");
        assertThat(course.chapter("98")).map(Chapter::name).hasValue("98-first");
        assertThat(course.chapter("99.1")).map(Chapter::name).hasValue("99-second");
        assertThat(course.chapter("97")).isEmpty();
    }

    @Test
    @DisplayName("the starter's packages are the outermost folders of src/main/java that hold .java files")
    void starterPackagesAreTheOutermostFoldersWithSources() throws IOException {
        Course course = DemoCourse.create(root);
        Chapter first = course.chapter("98-first").orElseThrow();
        write(first.starterDir().resolve("demo/inner/Deep.java"));
        write(first.starterDir().resolve("other/Other.java"));
        Files.createDirectories(first.starterDir().resolve("empty/folder"));
        Files.writeString(Files.createDirectories(first.starterDir().resolve("notes")).resolve("README.txt"), "x");

        assertThat(first.starterPackages()).containsExactly("demo", "other");
        assertThat(course.chapter("99-second").orElseThrow().starterPackages())
                .as("a chapter without src/main/java has no starter packages").isEmpty();
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class X {}\n");
    }
}
