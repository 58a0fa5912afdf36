package course.kit.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.Verdict;
import course.kit.study.StudyRow;

@DisplayName("Scoreboard page: one chart per measured check, threshold marked, study ranges where known")
class ScoreboardPageTest {

    private static final String TIMING = "at 2 threads: at least 5x the throughput of a lock (JMH)";
    private static final String RACE = "two hits count as two (jcstress)";

    private static CheckResult check(String name, Verdict verdict, String measured, String threshold) {
        return new CheckResult(name, verdict, true, verdict == Verdict.FAIL ? CheckResult.ASSERTION : null,
                verdict == Verdict.PASS ? null : "why", measured, threshold);
    }

    private static Scoreboard board(String chapter, CheckResult... checks) {
        return new Scoreboard(chapter, List.of(new ExerciseResult("01.2", "Stop <queueing> & \"waiting\"", 3, "",
                List.of(checks))));
    }

    private static StudyRow row(String condition, String side, String check, String result, String measured) {
        return new StudyRow("2026-11-28T08:00:00Z", condition, "01-mutex", "r", 0.5, side, "01.2", result, check,
                true, result, measured, "at least 5.00x", 60);
    }

    private static final StudyRanges STUDY = StudyRanges.of(List.of(
            row("quiet", "starter", TIMING, "FAIL", "0.70x the throughput of a lock at 2 threads"),
            row("quiet", "starter", TIMING, "FAIL", "1.10x the throughput of a lock at 2 threads"),
            row("quiet", "solution", TIMING, "PASS", "190.00x the throughput of a lock at 2 threads"),
            row("quiet", "solution", TIMING, "PASS", "420.00x the throughput of a lock at 2 threads"),
            row("quiet", "solution", TIMING, "INCONCLUSIVE", "calibration 0.90 effective CPUs at 2 threads"),
            row("loaded", "solution", TIMING, "PASS", "3.00x the throughput of a lock at 2 threads")));

    /** Parses {@code page} as XML: it fails on any element left open or any text left unescaped. */
    private static Document xml(String page) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @Test
    @DisplayName("the page and its charts are well-formed: a chart per check with figures to compare, a line for the rest")
    void wellFormed() throws Exception {
        String page = ScoreboardPage.render(board("01-mutex",
                check(TIMING, Verdict.FAIL, "0.81x the throughput of a lock at 2 threads", "at least 5.00x"),
                check(RACE, Verdict.FAIL, "forbidden outcomes in 1,204 of 2,066,451 samples", "0"),
                check("no race", Verdict.PASS, "forbidden outcomes in 0 of 2,066,451 samples", "0"),
                check("no deadlock", Verdict.PASS, "7,654 opposite transfers in 1 s, no deadlock", "no deadlock"),
                check("one thread counts", Verdict.PASS, null, null)), STUDY);
        Document doc = xml(page);
        assertThat(elements(doc, "svg")).hasSize(2);
        assertThat(elements(doc, "li")).extracting(Element::getTextContent)
                .containsExactly("PASS no race: forbidden outcomes in 0 of 2,066,451 samples (threshold: 0)",
                        "PASS no deadlock: 7,654 opposite transfers in 1 s, no deadlock (threshold: no deadlock)",
                        "PASS one thread counts");
        assertThat(page).contains("Stop &lt;queueing&gt; &amp; &quot;waiting&quot;").doesNotContain("NaN", "Infinity");
    }

    @Test
    @DisplayName("the page says what to do: the next exercise, its hint, and why each check that did not pass did not")
    void saysWhatToDo() throws Exception {
        CheckResult inconclusive = new CheckResult(TIMING, Verdict.INCONCLUSIVE, true, null,
                "INCONCLUSIVE: this machine does not show the penalty <now>", "1.02x", "a penalty of 2.00x");
        CheckResult failed = new CheckResult(RACE, Verdict.FAIL, true, CheckResult.ASSERTION,
                "lost update: both threads read 0 and wrote 1", "forbidden outcomes in 3 of 9 samples", "0");
        Scoreboard board = new Scoreboard("01-mutex", List.of(new ExerciseResult("01.1", "Count every hit", 2,
                "hits++ is a read, an add and a write", List.of(failed, inconclusive))));
        String page = ScoreboardPage.render(board, STUDY);
        xml(page);
        assertThat(page).contains("Next: 01.1 Count every hit").contains("Hint: hits++ is a read, an add and a write")
                .contains("./mvnw -q -Phint -Dexercise=01.1")
                .contains("lost update: both threads read 0 and wrote 1")
                .contains("INCONCLUSIVE: this machine does not show the penalty &lt;now&gt;");
    }

    @Test
    @DisplayName("the threshold is a dashed line, named with its text and the side that passes")
    void thresholdMarked() throws Exception {
        Document doc = xml(ScoreboardPage.render(board("01-mutex",
                check(TIMING, Verdict.FAIL, "0.81x the throughput of a lock at 2 threads", "at least 5.00x")), STUDY));
        assertThat(elements(doc, "line")).anySatisfy(l -> assertThat(l.getAttribute("stroke-dasharray")).isNotEmpty());
        assertThat(elements(doc, "text")).extracting(Element::getTextContent)
                .contains("threshold: at least 5.00x", "passes \u2192", "this run: FAIL", "fails");
    }

    @Test
    @DisplayName("the study's quiet, conclusive runs give the ranges, also on the solution's own page")
    void studyRanges() throws Exception {
        Document doc = xml(ScoreboardPage.render(board("01-mutex-solution",
                check(TIMING, Verdict.PASS, "300.00x the throughput of a lock at 2 threads", "at least 5.00x")), STUDY));
        assertThat(elements(doc, "text")).extracting(Element::getTextContent)
                .contains("0.70x \u2013 1.10x in 2 quiet runs", "190x \u2013 420x in 2 quiet runs", "this run: PASS")
                .anySatisfy(t -> assertThat(t).endsWith("(log scale)"));
    }

    @Test
    @DisplayName("a chart with no study figures still renders, with this run's figure and the threshold")
    void withoutStudy() throws Exception {
        Document doc = xml(ScoreboardPage.render(board("99-new",
                check(TIMING, Verdict.FAIL, "0.81x the throughput of a lock at 2 threads", "at least 5.00x")),
                StudyRanges.of(List.of())));
        assertThat(elements(doc, "svg")).hasSize(1);
        assertThat(elements(doc, "text")).extracting(Element::getTextContent)
                .contains("this run: FAIL", "0.81x", "threshold: at least 5.00x")
                .noneSatisfy(t -> assertThat(t).contains("in the study"));
    }

    @Test
    @DisplayName("zero figures on a log scale sit at its left end; nothing becomes NaN")
    void zeroOnLogScale() {
        Scale scale = Scale.fitting(List.of(0.0, 1.0, 500_000.0, Double.NaN), 100, 600);
        assertThat(scale.logarithmic()).isTrue();
        assertThat(scale.x(0)).isEqualTo(100);
        assertThat(scale.x(1)).isGreaterThan(100);
        assertThat(scale.x(500_000)).isLessThanOrEqualTo(600);
        assertThat(scale.x(Double.NaN)).isBetween(100.0, 600.0);
        assertThat(scale.ticks()).first().isEqualTo(0.0);
        assertThat(Scale.fitting(List.of(), 100, 600).ticks()).isNotEmpty();
        assertThat(Scale.fitting(List.of(0.0, 0.0), 100, 600).ticks()).containsExactly(0.0, 1.0);
        String page = ScoreboardPage.render(board("01-mutex",
                check(RACE, Verdict.FAIL, "forbidden outcomes in 545,637 of 2,117,651 samples", "0"),
                check("stops", Verdict.PASS, "0 stops in 4,000,000 reads (0.00 per million)", "below 1.0 per million")),
                StudyRanges.of(List.of()));
        assertThat(page).doesNotContain("NaN", "Infinity");
    }

    @Test
    @DisplayName("the study is found above the report folder; the page is written there, or the write says why not")
    void writes(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs/reliability"));
        Files.writeString(root.resolve(StudyRow.FILE), StudyRow.HEADER + "\n"
                + row("quiet", "starter", TIMING, "FAIL", "0.70x the throughput of a lock").toCsv() + "\nnot a row\n");
        Path page = root.resolve("solutions/01-mutex/target").resolve(ScoreboardPage.NAME);
        ScoreboardPage.write(board("01-mutex-solution",
                check(TIMING, Verdict.PASS, "300.00x the throughput of a lock", "at least 5.00x")), page);
        assertThat(Files.readString(page)).contains("0.70x in 1 quiet run");
        Files.createDirectories(root.resolve("blocked/" + ScoreboardPage.NAME));
        assertThatThrownBy(() -> ScoreboardPage.write(board("01-mutex"), root.resolve("blocked/" + ScoreboardPage.NAME)))
                .isInstanceOf(UncheckedIOException.class);
    }
}
