package course.kit.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import course.kit.chart.ScoreboardPage;

@DisplayName("ScoreboardListener: one verdict per exercise, never a pass for what did not pass")
class ScoreboardListenerTest {

    @TempDir
    static Path reportDir;
    static Map<String, ExerciseResult> byId;

    @BeforeAll
    static void runFixtures() {
        runFixtures(reportDir);
        Scoreboard board = ScoreboardFile.read(reportDir.resolve(ScoreboardFile.NAME));
        byId = board.exercises().stream().collect(Collectors.toMap(ExerciseResult::id, Function.identity()));
    }

    private static void runFixtures(Path reportDir) {
        try {
            ListenerRun.run(reportDir, ExerciseFixtures.Passing.class, ExerciseFixtures.FailingByAssertion.class,
                    ExerciseFixtures.Inconclusive.class, ExerciseFixtures.CrashingAndSkipped.class,
                    ExerciseFixtures.Deadlocking.class);
        } finally {
            ExerciseFixtures.STUCK.forEach(Thread::interrupt);
            ExerciseFixtures.STUCK.clear();
        }
    }

    @Test
    @DisplayName("a run of one exercise updates that exercise and keeps the others as the earlier run left them, marked")
    void partialRun(@TempDir Path dir) {
        runFixtures(dir);
        ListenerRun.run(dir, ExerciseFixtures.Passing.class);
        Scoreboard board = ScoreboardFile.read(dir.resolve(ScoreboardFile.NAME));
        assertThat(board.exercises()).extracting(ExerciseResult::id).containsExactlyElementsOf(byId.keySet().stream().sorted().toList());
        assertThat(board.earlier()).doesNotContain("99.1").contains("99.2");
        assertThat(board.ranNow().exercises()).extracting(ExerciseResult::id).containsExactly("99.1");
        assertThat(ScoreboardText.render(board, "f", null)).contains("as an earlier run left them")
                .contains("checks this run did not reach show an earlier run's result");
    }

    @Test
    @DisplayName("under Maven the run leaves its scoreboard's text for the build to print last, and whether a check of this run failed")
    void leavesTheScoreboardToTheBuild(@TempDir Path dir) throws Exception {
        String previous = System.setProperty(ScoreboardListener.PRINTED_BY_BUILD, "true");
        try {
            ListenerRun.run(dir, ExerciseFixtures.Passing.class);
            assertThat(Files.readString(dir.resolve(ScoreboardListener.PENDING))).isEqualTo("green");
            ListenerRun.run(dir, ExerciseFixtures.FailingByAssertion.class);
            assertThat(Files.readString(dir.resolve(ScoreboardListener.PENDING))).isEqualTo("red");
            assertThat(Files.readString(dir.resolve(ScoreboardListener.TEXT))).contains("99.2").contains(" Charts: ");
            String surefire = System.clearProperty("surefire.test.class.path");
            try {
                ListenerRun.run(dir, ExerciseFixtures.Passing.class);
                assertThat(dir.resolve(ScoreboardListener.PENDING)).as("outside surefire (an IDE): printed, none left").doesNotExist();
            } finally {
                if (surefire != null) {
                    System.setProperty("surefire.test.class.path", surefire);
                }
            }
        } finally {
            if (previous == null) {
                System.clearProperty(ScoreboardListener.PRINTED_BY_BUILD);
            } else {
                System.setProperty(ScoreboardListener.PRINTED_BY_BUILD, previous);
            }
        }
    }

    @Test
    @DisplayName("a passing exercise earns its points and keeps its measured figure")
    void passing() {
        ExerciseResult e = byId.get("99.1");
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.earned()).isEqualTo(2);
        assertThat(e.checks().get(0).measured()).isEqualTo("0 stops");
        assertThat(e.checks().get(0).gate()).isTrue();
    }

    @Test
    @DisplayName("a failed assertion fails the exercise and is recorded as an assertion failure")
    void failing() {
        ExerciseResult e = byId.get("99.2");
        assertThat(e.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(e.earned()).isZero();
        assertThat(e.checks()).anySatisfy(c -> {
            assertThat(c.failure()).isEqualTo(CheckResult.ASSERTION);
            assertThat(c.message()).contains("lost updates");
        });
    }

    @Test
    @DisplayName("an inconclusive timing is reported as inconclusive, and earns nothing")
    void inconclusive() {
        ExerciseResult e = byId.get("99.3");
        assertThat(e.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(e.earned()).isZero();
        assertThat(e.checks().get(0).message()).contains("1.10 effective CPUs");
    }

    @Test
    @DisplayName("an exception is an error and a skipped check is a failure")
    void crashedAndSkipped() {
        ExerciseResult e = byId.get("99.4");
        assertThat(e.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(e.checks()).extracting(CheckResult::failure)
                .containsExactlyInAnyOrder(CheckResult.ERROR, CheckResult.SKIPPED);
    }

    @Test
    @DisplayName("a check that timed out in a deadlock names the threads of the cycle")
    void timedOutInADeadlock() {
        ExerciseResult e = byId.get("99.5");
        assertThat(e.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(e.checks().get(0).message()).contains("timed out").contains("Deadlock: 2 threads")
                .contains("\"left-first\"").contains("\"right-first\"");
    }

    @Test
    @DisplayName("the text scoreboard names the next exercise and its hint")
    void text() {
        Scoreboard board = ScoreboardFile.read(reportDir.resolve(ScoreboardFile.NAME));
        String text = ScoreboardText.render(board, "scoreboard.json", "file:///scoreboard.html");
        assertThat(text).contains("2 of 8 points").contains("Next: 99.2 Fails by assertion")
                .contains("Hint: read the lesson").contains("[??]").endsWith(" Charts: file:///scoreboard.html\n" + "=".repeat(78) + "\n");
    }

    @Test
    @DisplayName("the run writes the charts page next to the JSON, and a page that cannot be written costs nothing else")
    void chartsPage(@TempDir Path blocked) throws Exception {
        assertThat(reportDir.resolve(ScoreboardPage.NAME)).content().contains("99.2 Fails by assertion");
        Files.createDirectories(blocked.resolve(ScoreboardPage.NAME));
        runFixtures(blocked);
        assertThat(ScoreboardFile.read(blocked.resolve(ScoreboardFile.NAME)).exercises()).hasSize(5);
    }
}
