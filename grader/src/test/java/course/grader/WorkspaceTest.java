package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.learn.Course;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A chapter is built from the pristine course with only the student's starter files laid over it")
class WorkspaceTest {

    @TempDir
    Path dir;

    private Path fakeCourse() throws IOException {
        Path course = dir.resolve("course");
        write(course.resolve("pom.xml"), "<project/>");
        write(course.resolve("mvnw"), "#!/bin/sh");
        write(course.resolve("01-mutex/pom.xml"), "<project/>");
        write(course.resolve("01-mutex/src/main/java/course/mutex/HitCounter.java"), "starter");
        write(course.resolve("01-mutex/src/main/java/course/mutex/Helper.java"), "starter helper");
        write(course.resolve("01-mutex/src/test/java/course/mutex/HitCounterTest.java"), """
                package course.mutex;
                @Exercise(id = "01.1", title = "Count", points = 2)
                class HitCounterTest { }
                """);
        write(course.resolve("01-mutex/target/stale.txt"), "build output");
        return course;
    }

    @Test
    @DisplayName("only .java files under the chapter's packages are taken; tests, resources, links and other packages are not")
    void overlaysOnlyStarterSources() throws IOException {
        Course course = ChapterSpec.course(fakeCourse());
        Path sub = dir.resolve("submission");
        write(sub.resolve("01-mutex/src/main/java/course/mutex/HitCounter.java"), "package course.mutex; class HitCounter { }");
        write(sub.resolve("01-mutex/src/main/java/course/mutex/inner/Extra.java"), "package course.mutex.inner; class Extra {");
        write(sub.resolve("01-mutex/src/main/java/course/mutex/notes.properties"), "x=1");
        write(sub.resolve("01-mutex/src/main/java/course/kit/score/ScoreboardListener.java"), "fake kit");
        write(sub.resolve("01-mutex/src/main/resources/META-INF/services/x"), "fake.Listener");
        write(sub.resolve("01-mutex/src/test/java/course/mutex/HitCounterTest.java"), "class HitCounterTest {}");
        Files.createSymbolicLink(sub.resolve("01-mutex/src/main/java/course/mutex/Link.java"), Path.of("/etc/hostname"));

        Path work = dir.resolve("work");
        Workspace.copyCourse(course.root(), work);
        Workspace.Overlay overlay = Workspace.overlay(ExerciseScannerTest.chapter(course.root(), "01-mutex"), sub, work);

        assertThat(overlay.present()).isTrue();
        assertThat(overlay.files()).isEqualTo(2);
        assertThat(overlay.refused()).containsExactlyInAnyOrder(
                "01-mutex/src/main/java/course/mutex/Link.java (a link)",
                "01-mutex/src/main/java/course/mutex/notes.properties (not a .java file)");
        Path main = work.resolve("01-mutex/src/main/java");
        assertThat(main.resolve("course/mutex/HitCounter.java")).content().contains("class HitCounter");
        assertThat(main.resolve("course/mutex/inner/Extra.java")).exists();
        assertThat(main.resolve("course/mutex/Helper.java")).as("a starter file the student deleted").doesNotExist();
        assertThat(main.resolve("course/kit")).doesNotExist();
        assertThat(work.resolve("01-mutex/src/main/resources")).doesNotExist();
        assertThat(work.resolve("01-mutex/src/test/java/course/mutex/HitCounterTest.java")).content().contains("@Exercise");
        assertThat(work.resolve("01-mutex/target")).as("build outputs are never copied").doesNotExist();
    }

    @Test
    @DisplayName("a file in the starter's folder that declares another package is refused, however it spells it")
    void takesOnlyClassesOfTheChapterPackages() throws IOException {
        Course course = ChapterSpec.course(fakeCourse());
        Path sub = dir.resolve("submission");
        Path starter = sub.resolve("01-mutex/src/main/java/course/mutex");
        write(starter.resolve("HitCounter.java"), "/* package course.kit; */ package course.mutex; class HitCounter { }");
        write(starter.resolve("Scoreboard.java"), "package course.kit.score; public class Scoreboard { }");
        write(starter.resolve("Hidden.java"), "\\u0070ackage course.kit; class Hidden { }");
        write(starter.resolve("Nowhere.java"), "class Nowhere { }");
        write(starter.resolve("Almost.java"), "package course.mutexes; class Almost { }");

        Path work = dir.resolve("work");
        Workspace.copyCourse(course.root(), work);
        Workspace.Overlay overlay = Workspace.overlay(ExerciseScannerTest.chapter(course.root(), "01-mutex"), sub, work);

        assertThat(overlay.files()).isEqualTo(1);
        assertThat(overlay.refused()).containsExactlyInAnyOrder(
                "01-mutex/src/main/java/course/mutex/Scoreboard.java (declares package course.kit.score; only classes of course.mutex are taken)",
                "01-mutex/src/main/java/course/mutex/Hidden.java (declares package course.kit; only classes of course.mutex are taken)",
                "01-mutex/src/main/java/course/mutex/Nowhere.java (declares no package; only classes of course.mutex are taken)",
                "01-mutex/src/main/java/course/mutex/Almost.java (declares package course.mutexes; only classes of course.mutex are taken)");
        assertThat(work.resolve("01-mutex/src/main/java/course/mutex")).isDirectoryContaining(p -> p.endsWith("HitCounter.java"))
                .isDirectoryNotContaining(p -> !p.endsWith("HitCounter.java"));
    }

    @Test
    @DisplayName("a chapter folder that is a link (to another student's copy) is not followed, and is listed")
    void followsNoLinkedFolder() throws IOException {
        Course course = ChapterSpec.course(fakeCourse());
        Path other = dir.resolve("other-student");
        write(other.resolve("src/main/java/course/mutex/HitCounter.java"), "package course.mutex; class HitCounter { }");
        Path sub = dir.resolve("submission");
        Files.createDirectories(sub);
        Files.createSymbolicLink(sub.resolve("01-mutex"), other);

        Path work = dir.resolve("work");
        Workspace.copyCourse(course.root(), work);
        Workspace.Overlay overlay = Workspace.overlay(ExerciseScannerTest.chapter(course.root(), "01-mutex"), sub, work);

        assertThat(overlay.present()).isFalse();
        assertThat(overlay.files()).isZero();
        assertThat(overlay.refused()).containsExactly("01-mutex (a link, not followed)");
        assertThat(work.resolve("01-mutex/src/main/java/course/mutex/HitCounter.java")).doesNotExist();
    }

    @Test
    @DisplayName("edited and added files outside the starter packages are listed for the instructor")
    void listsIgnoredChanges() throws IOException {
        Course course = ChapterSpec.course(fakeCourse());
        Path sub = dir.resolve("submission");
        Workspace.copyCourse(course.root(), sub);
        write(sub.resolve("01-mutex/src/main/java/course/mutex/HitCounter.java"), "student");
        write(sub.resolve("01-mutex/src/test/java/course/mutex/HitCounterTest.java"), "class HitCounterTest {}");
        write(sub.resolve("01-mutex/fake-results.json"), "{}");
        write(sub.resolve("01-mutex/target/scoreboard.json"), "{}");
        assertThat(Workspace.ignoredChanges(course, sub, 10)).containsExactly(
                "01-mutex/fake-results.json (added)",
                "01-mutex/src/test/java/course/mutex/HitCounterTest.java (changed)");
    }

    @Test
    @DisplayName("a chapter missing from the submission is not present, and the course inside a wrapper folder is found")
    void findsTheCourseInAWrapper() throws IOException {
        Course course = ChapterSpec.course(fakeCourse());
        Path sub = dir.resolve("submission");
        write(sub.resolve("course-main/README.md"), "hi");
        Files.createDirectories(sub.resolve("course-main/01-mutex"));
        assertThat(Workspace.courseRootOf(sub, course)).isEqualTo(sub.resolve("course-main"));
        Workspace.Overlay overlay = Workspace.overlay(ExerciseScannerTest.chapter(course.root(), "01-mutex"), sub.resolve("course-main"),
                dir.resolve("work"));
        assertThat(overlay.present()).isFalse();
        assertThat(overlay.refused()).isEqualTo(List.of());
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
