package course.kit.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.ScoreboardFile;
import course.kit.score.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reliability study: the device runs' results become study rows")
class DeviceResultsTest {

    @TempDir
    Path results;

    private void side(String round, String side, Verdict verdict, String started, String load, int seconds)
            throws IOException {
        Path dir = Files.createDirectories(results.resolve("01-mutex").resolve(round).resolve(side));
        CheckResult gate = new CheckResult("at 2 threads: at least 5x the throughput (JMH)", verdict, true,
                verdict == Verdict.FAIL ? CheckResult.ASSERTION : null, null, "1.2x", "at least 5.00x");
        ScoreboardFile.write(new Scoreboard("01-mutex", List.of(
                new ExerciseResult("01.2", "A counter", 3, "", List.of(gate)))), dir.resolve(ScoreboardFile.NAME));
        Files.writeString(dir.resolve("run.properties"),
                "started=" + started + "\nload=" + load + "\nseconds=" + seconds + "\nexit=0\n");
    }

    @Test
    @DisplayName("a round is one run: the starter's start and load, both sides' seconds, the commit in its id")
    void roundsBecomeRuns() throws IOException {
        Files.writeString(results.resolve("study.properties"), "commit=abc1234\nstarted=20261128T130207\nnproc=16\n");
        side("1", "starter", Verdict.FAIL, "2026-11-28T13:02:07Z", "0.5", 30);
        side("1", "solution", Verdict.PASS, "2026-11-28T13:02:40Z", "1.5", 20);
        side("2", "starter", Verdict.FAIL, "2026-11-28T13:03:00Z", "2.0", 31);

        List<StudyRow> rows = DeviceResults.read(results, "16-core");

        assertThat(rows).as("round 2 has no solution: cut short, left out").hasSize(2);
        assertThat(rows).extracting(StudyRow::side, StudyRow::verdict, StudyRow::result)
                .containsExactly(tuple("starter", "FAIL", "FAIL"),
                        tuple("solution", "PASS", "PASS"));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.condition()).isEqualTo("16-core");
            assertThat(r.run()).isEqualTo("abc1234-20261128T130207-1");
            assertThat(r.started()).isEqualTo("2026-11-28T13:02:07Z");
            assertThat(r.load()).isEqualTo(0.5);
            assertThat(r.seconds()).isEqualTo(50);
        });
    }

    @Test
    @DisplayName("a side that wrote no scoreboard is a MISSING row, as in a run on this machine")
    void missingScoreboard() throws IOException {
        Files.writeString(results.resolve("study.properties"), "commit=abc1234\nstarted=20261128T130207\n");
        side("1", "starter", Verdict.FAIL, "2026-11-28T13:02:07Z", "0.5", 30);
        side("1", "solution", Verdict.PASS, "2026-11-28T13:02:40Z", "1.5", 300);
        Files.delete(results.resolve("01-mutex/1/solution").resolve(ScoreboardFile.NAME));

        assertThat(DeviceResults.read(results, "16-core")).extracting(StudyRow::side, StudyRow::verdict)
                .containsExactly(tuple("starter", "FAIL"),
                        tuple("solution", "MISSING"));
    }

    @Test
    @DisplayName("the report gives a third condition its own lines next to quiet and loaded")
    void thirdCondition() {
        StudyRow quiet = new StudyRow("2026-11-28T08:00:00Z", "quiet", "01-mutex", "r1", 2.0, "starter", "01.2",
                "FAIL", "gate", true, "FAIL", "1.1x", "at least 5.00x", 60);
        StudyRow device = new StudyRow("2026-11-28T13:00:00Z", "16-core", "01-mutex", "d1", 0.5, "starter", "01.2",
                "FAIL", "gate", true, "FAIL", "1.3x", "at least 5.00x", 40);
        String report = StudyReport.render(List.of(quiet, device), "");
        assertThat(report).contains("| 01-mutex | quiet | 1 | 0 |", "| 01-mutex | 16-core | 1 | 0 |",
                "| 01.2 | quiet | 1 |", "| 01.2 | 16-core | 1 |");
    }
}
