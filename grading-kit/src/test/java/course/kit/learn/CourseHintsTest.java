package course.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/*
 * Reads the course itself (the folder above grading-kit), so that an exercise added to any
 * chapter without hints or without a row in its README's table fails the kit's tests, and
 * with them the course proof.
 */
@DisplayName("Every exercise of the course has a README row and hints in steps")
class CourseHintsTest {

    static final Pattern EXERCISE = Pattern.compile("@Exercise\\s*\\(");
    static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*\"([^\"]+)\"");

    static final Course COURSE = new Course(Path.of("").toAbsolutePath().getParent());

    @Test
    @DisplayName("each @Exercise id has a '### Hints for' section with at least 3 steps: a nudge, the idea, the API")
    void everyExerciseHasHints() throws IOException {
        List<String> problems = new ArrayList<>();
        int exercises = 0;
        for (Chapter chapter : COURSE.chapters()) {
            ChapterReadme readme = chapter.readme();
            for (String id : exerciseIds(chapter)) {
                exercises++;
                int steps = readme.hintsFor(id).size();
                if (steps < 3) {
                    problems.add(chapter.name() + "/README.md: '### Hints for " + id + "' has " + steps
                            + " numbered steps, needs at least 3");
                }
            }
        }
        assertThat(exercises).as("exercises found under " + COURSE.root()).isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("each @Exercise id is a row of its README's exercise table; a file the row names is in the starter")
    void everyExerciseIsInItsTable() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Chapter chapter : COURSE.chapters()) {
            ChapterReadme readme = chapter.readme();
            for (String id : exerciseIds(chapter)) {
                var row = readme.row(id);
                if (row.isEmpty()) {
                    problems.add(chapter.name() + "/README.md: no row for " + id + " in the exercise table");
                } else if (row.get().file() != null && !Files.isRegularFile(chapter.dir().resolve(row.get().file()))) {
                    problems.add(chapter.name() + "/README.md: the row of " + id + " names " + row.get().file()
                            + ", which the starter does not have");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The ids of the {@code @Exercise} annotations in the chapter's test sources. */
    static List<String> exerciseIds(Chapter chapter) throws IOException {
        Path tests = chapter.dir().resolve("src/test/java");
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher at = EXERCISE.matcher(source);
                while (at.find()) {
                    Matcher id = ID.matcher(source.substring(at.end(), Math.min(source.length(), at.end() + 400)));
                    if (id.find()) {
                        ids.add(id.group(1));
                    }
                }
            }
        }
        return ids;
    }
}
