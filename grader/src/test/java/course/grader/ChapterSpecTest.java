package course.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The grader reads the course's chapters the way the learner commands do")
class ChapterSpecTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("--chapters takes names and numbers, in the order given; no list means every chapter")
    void selectsByNameOrNumber() {
        var course = ChapterSpec.course(ExerciseScannerTest.courseRoot());
        assertThat(ChapterSpec.select(course, List.of("04", "01-mutex"))).extracting(ChapterSpec::name)
                .containsExactly("04-pitfalls", "01-mutex");
        assertThat(ChapterSpec.select(course, List.of())).extracting(ChapterSpec::name)
                .containsExactlyElementsOf(course.chapters().stream().map(c -> c.name()).toList());
    }

    @Test
    @DisplayName("a misspelt chapter, an exercise id or an unknown number is refused, naming the chapters there are")
    void refusesWhatIsNoChapter() {
        var course = ChapterSpec.course(ExerciseScannerTest.courseRoot());
        for (String wrong : List.of("01-mutx", "01.2", "98", "mutex")) {
            assertThatThrownBy(() -> ChapterSpec.select(course, List.of(wrong)))
                    .as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no chapter " + wrong).hasMessageContaining("01-mutex, 02-false-sharing");
        }
    }

    @Test
    @DisplayName("a folder without the course's pom.xml and mvnw is not taken for the course")
    void refusesAFolderThatIsNotTheCourse() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        assertThatThrownBy(() -> ChapterSpec.course(dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not the course: no pom.xml and mvnw");
    }
}
