package course.kit.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.ScoreboardFile;
import course.kit.score.Verdict;

/** A course of two small chapters in a temporary folder, for the learner commands' tests. */
final class DemoCourse {

    static final String README = """
            # 98 First

            | id | exercise | file to edit | points | graded by |
            |---|---|---|---:|---|
            | 98.1 | Count every hit | `src/main/java/demo/Hits.java` | 2 | jcstress |
            | 98.2 | Stop queueing | `src/main/java/demo/Queue.java` | 3 | contention |
            | 98.3 | Added after the last run | `src/main/java/demo/Later.java` | 1 | spec |

            ### Hints for 98.1

            1. Nudge one.
            2. Idea one.
            3. API one.

            ### Hints for 98.2

            1. Nudge two.
            2. Idea two.
            3. API two.
            """;

    private DemoCourse() {
    }

    /** Chapter 98-first ran once (98.1 passed, 98.2 failed); 99-second never ran. */
    static Course create(Path root) throws IOException {
        Path first = chapter(root, "98-first", README);
        chapter(root, "99-second", """
                | 99.1 | Never run | `src/main/java/demo/Never.java` | 4 | spec |
                """);
        Files.createDirectories(root.resolve("not-a-chapter"));
        Path hits = first.resolve("src/main/java/demo/Hits.java");
        Files.createDirectories(hits.getParent());
        Files.writeString(hits, "class Hits {\n    int hits;\n}\n");
        Files.setLastModifiedTime(hits, FileTime.from(Instant.now().minusSeconds(60)));
        Path solution = root.resolve("solutions/98-first/src/main/java/demo/Hits.java");
        Files.createDirectories(solution.getParent());
        Files.writeString(solution, "class Hits {\n    final LongAdder hits = new LongAdder();\n}\n");
        ScoreboardFile.write(new Scoreboard("98-first", List.of(
                new ExerciseResult("98.1", "Count every hit", 2, "", List.of(
                        new CheckResult("no lost hit", Verdict.PASS, true, null, null, null, null))),
                new ExerciseResult("98.2", "Stop queueing", 3, "", List.of(
                        new CheckResult("never stop", Verdict.FAIL, true, CheckResult.ASSERTION, "stopped", null, null))))),
                first.resolve("target/scoreboard.json"));
        return new Course(root);
    }

    private static Path chapter(Path root, String name, String readme) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.writeString(dir.resolve("README.md"), readme);
        return dir;
    }
}
