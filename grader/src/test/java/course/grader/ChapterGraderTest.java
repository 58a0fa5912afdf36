package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ChapterGrader takes verdicts only from Maven's reports, checked against the tests, and keeps what a run leaves within bounds")
class ChapterGraderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the harness logs of a run are kept, but 100 files of 1 MiB that student code wrote beside them are not")
    void keepsHarnessLogsWithinBounds() throws IOException {
        Path target = dir.resolve("target");
        Files.createDirectories(target.resolve("jcstress"));
        Files.writeString(target.resolve("jcstress/console.log"), "jcstress ran");
        Path jmh = Files.createDirectories(target.resolve("jmh"));
        for (int i = 0; i < 100; i++) {
            Files.write(jmh.resolve(String.format("flood-%03d.log", i)), new byte[1024 * 1024]);
        }

        int kept = ChapterGrader.keepHarnessLogs(target, dir.resolve("logs"));

        assertThat(kept).isBetween(1, ChapterGrader.MAX_HARNESS_LOGS);
        assertThat(dir.resolve("logs/console.log")).hasContent("jcstress ran");
        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            assertThat(logs.mapToLong(p -> p.toFile().length()).sum()).isLessThanOrEqualTo(ChapterGrader.MAX_HARNESS_LOG_BYTES);
        }
    }

    private static final ExerciseSpec HITS = new ExerciseSpec("01.1", "Count every hit", 2, "", "course.mutex.HitCounterTest",
            List.of(), List.of("countsOnOneThread", "noLostUpdate"));

    @Test
    @DisplayName("paths into a run's copy of the course are written relative to it, whatever the work folder")
    void pathsAreRelativeToTheRunsCopy() {
        Path copy = Path.of("/tmp/course-grader-123/01-mutex-run1");
        assertThat(ChapterGrader.relative("no room in " + copy + "/01-mutex/target, nor in " + copy, copy))
                .isEqualTo("no room in 01-mutex/target, nor in .");
        assertThat(ChapterGrader.relative(null, copy)).isNull();
    }

    @Test
    @DisplayName("a report without a verdict for every declared check, or with one for a check not declared, passes nothing")
    void reportMustMatchTheDeclaredChecks() {
        ChapterGrader.Outcome oneMissing = ChapterGrader.outcome(HITS,
                List.of(new SurefireReports.TestCase("countsOnOneThread", Verdict.PASS, null)), null);
        ChapterGrader.Outcome forged = ChapterGrader.outcome(HITS, List.of(
                new SurefireReports.TestCase("countsOnOneThread", Verdict.PASS, null),
                new SurefireReports.TestCase("noLostUpdate(TestReporter)", Verdict.PASS, null),
                new SurefireReports.TestCase("ok", Verdict.PASS, null)), null);
        ChapterGrader.Outcome twice = ChapterGrader.outcome(HITS, List.of(
                new SurefireReports.TestCase("countsOnOneThread", Verdict.PASS, null),
                new SurefireReports.TestCase("countsOnOneThread", Verdict.PASS, null)), null);

        assertThat(oneMissing.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(oneMissing.reason()).contains("no verdict for noLostUpdate");
        assertThat(forged.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(forged.reason()).contains("checks the tests do not declare: ok");
        assertThat(twice.reason()).contains("no verdict for noLostUpdate").contains("more than one verdict for countsOnOneThread");
    }

    @Test
    @DisplayName("the reason comes from the report; the scoreboard adds figures only when it tells the same story")
    void reasonsComeFromTheReport() {
        List<SurefireReports.TestCase> report = List.of(
                new SurefireReports.TestCase("countsOnOneThread", Verdict.PASS, null),
                new SurefireReports.TestCase("noLostUpdate(TestReporter)", Verdict.FAIL, "lost update: 12 of 1,000 samples"));
        ExerciseResult honest = board(new CheckResult("no lost update (jcstress)", Verdict.FAIL, true, CheckResult.ASSERTION,
                "lost update: 12 of 1,000 samples", "12", "0"));
        ExerciseResult rewritten = board(new CheckResult("no lost update (jcstress)", Verdict.FAIL, true, CheckResult.ASSERTION,
                "machine busy, rerun", "0", "0"));

        ChapterGrader.Outcome withFigures = ChapterGrader.outcome(HITS, report, honest);
        ChapterGrader.Outcome forged = ChapterGrader.outcome(HITS, report, rewritten);

        assertThat(withFigures.reason()).isEqualTo("no lost update (jcstress): lost update: 12 of 1,000 samples");
        assertThat(withFigures.checks().get(1).measured()).isEqualTo("12");
        assertThat(forged.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(forged.reason()).isEqualTo("noLostUpdate(TestReporter): lost update: 12 of 1,000 samples");
        assertThat(forged.checks()).extracting(Grades.Check::measured).containsOnlyNulls();
    }

    @Test
    @DisplayName("what surefire dumped of a test JVM's raw standard output counts as output")
    void countsDumpedStreams() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        Files.write(reports.resolve("2026-12-02T10-00-00_000-jvmRun1.dumpstream"), new byte[3000]);
        Files.write(reports.resolve("TEST-course.mutex.HitCounterTest.xml"), new byte[500]);

        assertThat(ChapterGrader.dumpedStreams(reports)).isEqualTo(3000);
        assertThat(ChapterGrader.dumpedStreams(dir.resolve("none"))).isZero();
    }

    private static ExerciseResult board(CheckResult second) {
        return new ExerciseResult("01.1", "Count every hit", 2, "", List.of(
                new CheckResult("counts on one thread", Verdict.PASS, false, null, null, null, null), second));
    }
}
