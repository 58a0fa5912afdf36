package course.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Hints and Compare: one hint step at a time, and the learner's file against the solution's")
class HintsAndCompareTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("step 1 shows only the nudge and says how to get step 2")
    void firstStep() throws IOException {
        String text = Hints.render(DemoCourse.create(root), "98.2", 1);
        assertThat(text).contains("98.2 Stop queueing: hint 1 of 3").contains("1. Nudge two.")
                .doesNotContain("Idea two").contains("Next step:          ./mvnw -q -Phint -Dexercise=98.2 -Dstep=2");
    }

    @Test
    @DisplayName("the last step shows every step and points to the solution")
    void lastStep() throws IOException {
        String text = Hints.render(DemoCourse.create(root), "98.2", 7);
        assertThat(text).contains("hint 3 of 3").contains("2. Idea two.").contains("3. API two.")
                .contains("./mvnw -q -Pcompare -Dexercise=98.2");
    }

    @Test
    @DisplayName("without an exercise, the hints of the next red one; a wrong id lists the right ones")
    void nextOrUnknown() throws IOException {
        Course course = DemoCourse.create(root);
        assertThat(Hints.render(course, "", 1)).contains("98.2 Stop queueing: hint 1 of 3");
        assertThat(oneLine(Hints.render(course, "98.7", 1))).contains("no hints for \"98.7\"").contains("98.1, 98.2, 98.3");
        assertThat(oneLine(Hints.render(course, "01.1", 1))).contains("no exercise \"01.1\"").contains("98-first, 99-second");
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("compare shows a diff of the exercise's file; a chapter compares every file")
    void compare() throws IOException {
        Course course = DemoCourse.create(root);
        String text = Compare.render(course, "98.1");
        assertThat(text).contains("--- 98-first/src/main/java/demo/Hits.java")
                .contains("+++ solutions/98-first/src/main/java/demo/Hits.java")
                .contains("-    int hits;").contains("+    final LongAdder hits = new LongAdder();")
                .as("the learner's code is not said to pass: only its scoreboard can say so")
                .contains("yours passes when its scoreboard says so:\n   ./mvnw test -pl 98-first").doesNotContain("Both pass");
        assertThat(Compare.render(course, "98")).contains("-    int hits;");
        assertThat(Compare.render(course, "99-second")).contains("has no solution folder yet");
        assertThat(Compare.render(course, "")).contains("Say what to compare");
    }
}
