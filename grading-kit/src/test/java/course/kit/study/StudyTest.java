package course.kit.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reliability study: rows, key figures, wrong verdicts")
class StudyTest {

    private static StudyRow row(String run, String side, String verdict, String result, String measured) {
        return new StudyRow("2026-11-28T08:00:00Z", "quiet", "01-mutex", run, 0.5, side, "01.2", verdict,
                "a \"quoted\", gate", true, result, measured, "at least 5.00x", 60);
    }

    @Test
    @DisplayName("the notes' relative links still lead to their files from the report in docs/")
    void notesLinks() {
        assertThat(ReliabilityStudy.fromDocs("see [pack](device/README.md), [JMH](https://openjdk.org/x), [top](#how)"))
                .isEqualTo("see [pack](reliability/device/README.md), [JMH](https://openjdk.org/x), [top](#how)");
    }

    @Test
    @DisplayName("a row survives its CSV line, quotes and commas included")
    void csvRoundTrip() {
        StudyRow row = row("r1", "starter", "FAIL", "FAIL", "1.52x the throughput of a lock, at 2 threads");
        assertThat(StudyRow.fromCsv(row.toCsv())).isEqualTo(row);
    }

    @Test
    @DisplayName("the key figure of each kind of measurement")
    void keyFigures() {
        assertThat(KeyFigure.of("12 stops in 4,000,000 reads (3.00 per million)")).hasValue(new KeyFigure(3.0, "stops/M"));
        assertThat(KeyFigure.of("19.45x the throughput of a synchronized counter")).hasValue(new KeyFigure(19.45, "x"));
        assertThat(KeyFigure.of("forbidden outcomes in 1,204 of 9,000 samples"))
                .hasValue(new KeyFigure(1204, "forbidden"));
        assertThat(KeyFigure.of("11 of 11 choices fit")).hasValue(new KeyFigure(11, "of 11"));
        assertThat(KeyFigure.of("tested 34,004 of 4,000,000 values in 429 ms, 0 predicate calls after returning"))
                .hasValue(new KeyFigure(34_004, "of 4,000,000"));
        assertThat(KeyFigure.of("436 ms of CPU in 500 ms")).hasValue(new KeyFigure(436, "ms"));
        assertThat(KeyFigure.of("3,248 ms, 2 calls")).hasValue(new KeyFigure(3248, "ms"));
        assertThat(KeyFigure.of("")).isEmpty();
    }

    @Test
    @DisplayName("a threshold is a bound on one number and a side that passes, or none")
    void thresholds() {
        assertThat(Threshold.of("at least 5.00x")).hasValue(new Threshold(5.0, true, "at least 5.00x"));
        assertThat(Threshold.of("at least 1.53x (60% of the reference)")).get().extracting(Threshold::value).isEqualTo(1.53);
        assertThat(Threshold.of("all 11")).get().extracting(Threshold::higherPasses).isEqualTo(true);
        assertThat(Threshold.of("below 1.0 per million")).hasValue(new Threshold(1.0, false, "below 1.0 per million"));
        assertThat(Threshold.of("under 2,000,000 values, 0 calls after")).hasValue(
                new Threshold(2_000_000, false, "under 2,000,000 values, 0 calls after"));
        assertThat(KeyFigure.higherIsBetter("all 11")).isTrue();
        assertThat(KeyFigure.higherIsBetter("below 1.0 per million")).isFalse();
        assertThat(Threshold.of("at most 64")).get().extracting(Threshold::value).isEqualTo(64.0);
        assertThat(Threshold.of("within 1000 ms, 0 calls")).get().extracting(Threshold::value).isEqualTo(1000.0);
        assertThat(Threshold.of("at least 1,024 bytes")).get().extracting(Threshold::value).isEqualTo(1024.0);
        assertThat(Threshold.of("0")).hasValue(new Threshold(0, false, "0"));
        assertThat(Threshold.of("no deadlock")).isEmpty();
        assertThat(Threshold.of("2,000 lines, in order")).isEmpty();
        assertThat(Threshold.of("timing needs 1.6 effective CPUs")).isEmpty();
        assertThat(Threshold.of(null)).isEmpty();
    }

    @Test
    @DisplayName("a green starter, a red solution and a starter gate red by error are wrong verdicts")
    void wrongVerdicts() {
        String right = StudyReport.render(List.of(
                row("r1", "starter", "FAIL", "FAIL", "1.1x"), row("r1", "solution", "PASS", "PASS", "20x")), "");
        assertThat(right).contains("| 01-mutex | quiet | 1 | 0 |");
        String greenStarter = StudyReport.render(List.of(
                row("r1", "starter", "PASS", "PASS", "6x"), row("r1", "solution", "PASS", "PASS", "20x")), "");
        assertThat(greenStarter).contains("| 01-mutex | quiet | 1 | **1** |");
        String redByError = StudyReport.render(List.of(
                row("r1", "starter", "FAIL", "FAIL:error", ""), row("r1", "solution", "PASS", "PASS", "20x")), "");
        assertThat(redByError).contains("| 01-mutex | quiet | 1 | **1** |");
    }

    @Test
    @DisplayName("an answer's verdict is right when its named check fails it, or when an accepted one passes; its margin is shown")
    void answerVerdicts() {
        String check = "a \"quoted\", gate";
        Map<String, String> expected = Map.of("answer 01.2-spin-lock", check, "answer 01.2-long-adder", "passes");
        List<StudyRow> rows = List.of(
                row("r1", "starter", "FAIL", "FAIL", "1.1x"), row("r1", "solution", "PASS", "PASS", "20x"),
                row("r1", "answer 01.2-spin-lock", "FAIL", "FAIL", "2.5x"),
                row("r2", "answer 01.2-spin-lock", "PASS", "PASS", "6x"),
                row("r1", "answer 01.2-long-adder", "PASS", "PASS", "9x"));
        String report = StudyReport.render(rows, "", expected);
        assertThat(report).contains("| 01-mutex | quiet | 1 | 0 |"); // the answers do not count as starter or solution
        assertThat(report).contains("| 01-mutex | quiet | 2 | 3 | **1** | 0 |");
        assertThat(report).contains("| `01.2-spin-lock` | fails | quiet | 2 | 1 / 0 / **1** |");
        assertThat(report).contains("| `01.2-long-adder` | passes | quiet | 1 | 1 / 0 / 0 |");
        assertThat(report).contains("| 9x | 1.8x |"); // 9x against at least 5x
        assertThat(StudyReport.wrongAnswerVerdicts(rows, expected)).isEqualTo(1);
    }
}
