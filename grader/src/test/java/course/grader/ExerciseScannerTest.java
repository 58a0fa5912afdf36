package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The exercises are read from the pristine test sources")
class ExerciseScannerTest {

    static Path courseRoot() {
        return Path.of(System.getProperty("course.root", "..")).toAbsolutePath().normalize();
    }

    /** The chapter {@code name} of the course at {@code root}, as the grader reads it. */
    static ChapterSpec chapter(Path root, String name) {
        return ChapterSpec.select(ChapterSpec.course(root), List.of(name)).get(0);
    }

    @Test
    @DisplayName("every chapter of the course is found, with the points its README gives")
    void readsTheCourse() {
        List<ChapterSpec> chapters = ChapterSpec.select(ChapterSpec.course(courseRoot()), List.of());
        assertThat(chapters).extracting(ChapterSpec::name)
                .startsWith("01-mutex", "02-false-sharing", "03-pooling", "04-pitfalls");
        ChapterSpec mutex = chapters.get(0);
        assertThat(mutex.points()).isEqualTo(10);
        assertThat(mutex.exercises()).extracting(ExerciseSpec::id).containsExactly("01.1", "01.2", "01.3", "01.4");
        assertThat(mutex.packages()).containsExactly("course/mutex");
        assertThat(chapters.get(3).points()).isEqualTo(10);
    }

    @Test
    @DisplayName("an exercise knows its test class and the race tests its checks ask for")
    void findsTestClassAndRaceTests() {
        ExerciseSpec hits = chapter(courseRoot(), "01-mutex").exercises().get(0);
        assertThat(hits.testClass()).isEqualTo("course.mutex.HitCounterTest");
        assertThat(hits.raceTests()).containsExactly("course.mutex.races.HitCounter_01_LostUpdate");
        assertThat(hits.checks()).containsExactlyInAnyOrder("countsOnOneThread", "countsFromFourThreads",
                "noLostUpdate", "everyScheduleCounts", "dashboardSeesTheHit");
        assertThat(hits.hint()).startsWith("hits++ is a read, an add and a write.").contains("'Hints for 01.1'");
    }

    @Test
    @DisplayName("every @Test method of the course's chapters belongs to the checks of one exercise")
    void everyTestIsACheck() throws IOException {
        for (ChapterSpec chapter : ChapterSpec.select(ChapterSpec.course(courseRoot()), List.of())) {
            assertThat(chapter.exercises()).as(chapter.name()).allSatisfy(e -> assertThat(e.checks()).isNotEmpty());
            assertThat(chapter.exercises().stream().mapToLong(e -> e.checks().size()).sum()).as(chapter.name())
                    .isEqualTo(testAnnotations(courseRoot().resolve(chapter.name()).resolve("src/test/java")));
        }
    }

    private static long testAnnotations(Path sources) throws IOException {
        long count = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                count += Pattern.compile("@Test\\b").matcher(Files.readString(p)).results().count();
            }
        }
        return count;
    }

    @Test
    @DisplayName("strings with commas, parentheses and escapes, and nested classes, are read as written")
    void readsTrickyAnnotations() {
        String source = """
                package p;
                class Outer {
                    @Exercise(id = "09.1", title = "A, (tricky) \\"title\\"", points = 4,
                              hint = "one, " + "two")
                    static class Inner {
                        @Test
                        @DisplayName("void of this name is no method")
                        void first(TestReporter reporter) { }
                        @Test void second() { }
                        void notATest() { }
                    }
                }
                """;
        List<ExerciseSpec> found = ExerciseScanner.scanFile(Path.of("Outer.java"), source);
        assertThat(found).containsExactly(new ExerciseSpec("09.1", "A, (tricky) \"title\"", 4, "one, two",
                "p.Outer$Inner", List.of(), List.of("first", "second")));
    }
}
