package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import course.kit.score.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

@DisplayName("The reports: Markdown for people, JSON, Gradescope's results.json and JUnit XML for tools")
class ReportWriterTest {

    private static Grades.Report sample() {
        Grades.Exercise passed = new Grades.Exercise("01.1", "Count every hit", 2, 2, Verdict.PASS, null,
                List.of(new Grades.Check("two hits count as two (jcstress)", Verdict.PASS,
                        "forbidden outcomes in 0 of 1,000 samples", "0", null)), 1);
        Grades.Exercise failed = new Grades.Exercise("01.2", "Stop queueing | on one lock", 3, 0, Verdict.FAIL,
                "timed out: still running after the grader's limit of 60 s", List.of(), 2);
        Grades.Exercise unsure = new Grades.Exercise("01.3", "Keep it small", 3, 0, Verdict.INCONCLUSIVE,
                "gate: INCONCLUSIVE: no parallelism \u0001<&>", List.of(new Grades.Check("gate", Verdict.INCONCLUSIVE,
                        "1.02 CPUs", "at least 1.6", "INCONCLUSIVE: no parallelism \u0001<&>")), 3);
        Grades.Chapter chapter = new Grades.Chapter("01-mutex", 8, 2, "graded", List.of(passed, failed, unsure),
                List.of("not taken: 01-mutex/src/main/java/course/mutex/x.properties (not a .java file)"), 61.5);
        return new Grades.Report("/subs/alice.zip", "2026-01-01T10:00:00", 2, 8, 62.0, "retry-2,zero",
                List.of(chapter), List.of());
    }

    @Test
    @DisplayName("the Markdown report gives each exercise's points, verdict, reason and measured figure")
    void markdown() {
        String md = ReportWriter.markdown(sample());
        assertThat(md).startsWith("# Grade: 2 of 8 points")
                .contains("- inconclusive timing gates: rerun up to 2 more times, then 0 points\n")
                .contains("| 01-mutex | 2 / 8 | graded |")
                .contains("| 01.1 Count every hit | 2 / 2 | PASS |  |")
                .contains("| 01.2 Stop queueing \\| on one lock | 0 / 3 | FAIL | timed out: still running")
                .contains("measured forbidden outcomes in 0 of 1,000 samples (threshold: 0)")
                .contains("01.3 Keep it small: INCONCLUSIVE, 0/3 points (ran 3 times)")
                .contains("not taken: 01-mutex/src/main/java/course/mutex/x.properties");
    }

    @Test
    @DisplayName("what a submission wrote cannot make Markdown: no heading, HTML, link or end of a code block of its own")
    void markdownEscapesWhatStudentsWrote() {
        String hostile = "boom\n# Grade: 10 of 10 points\n<img src=x onerror=alert(1)> [click](http://x) `code`";
        Grades.Check check = new Grades.Check("a check", Verdict.FAIL, null, null, "first line\n```\n# Grade: 10 of 10 points\n````");
        Grades.Exercise e = new Grades.Exercise("01.1", "Count", 2, 0, Verdict.FAIL, hostile, List.of(check), 1);
        Grades.Chapter chapter = new Grades.Chapter("01-mutex", 2, 0, "graded", List.of(e),
                List.of("not taken: 01-mutex/src/main/java/course/mutex/x\n# Grade: 10 of 10.java (a link)"), 1);
        String md = ReportWriter.markdown(new Grades.Report("/subs/x", "2026-01-01T10:00:00", 0, 2, 1, "retry-2,zero",
                List.of(chapter), List.of(hostile)));

        assertThat(md.lines().filter(l -> l.startsWith("#") && l.contains("Grade"))).containsExactly("# Grade: 0 of 2 points");
        assertThat(md).doesNotContainPattern("(?<!\\\\)<img").contains("\\<img").contains("\\[click\\]").contains("\\`code\\`")
                .contains("\n  `````\n  first line\n  ```\n");
    }

    @Test
    @DisplayName("a 10 MB message and 100,000 notes are cut to a size a report can hold, saying how much was left out")
    void capsWhatStudentsWrote() {
        Grades.Check check = new Grades.Check("a check", Verdict.FAIL, null, null, "x".repeat(10_000_000));
        List<String> notes = java.util.stream.IntStream.range(0, 100_000).mapToObj(i -> "not taken: file" + i).toList();
        Grades.Chapter chapter = new Grades.Chapter("01-mutex", 2, 0, "graded", List.of(new Grades.Exercise("01.1",
                "Count", 2, 0, Verdict.FAIL, "y".repeat(10_000_000), List.of(check), 1)), notes, 1);

        assertThat(chapter.exercises().get(0).checks().get(0).message()).hasSizeLessThan(Grades.MAX_TEXT + 100)
                .endsWith("[... 9,996,000 more characters not kept]".replace(",", ""));
        assertThat(chapter.exercises().get(0).reason()).hasSizeLessThan(Grades.MAX_TEXT + 100);
        assertThat(chapter.notes()).hasSize(Grades.MAX_NOTES + 1).last().isEqualTo("... and 99960 more notes not kept");
    }

    @Test
    @DisplayName("results.json has Gradescope's fields: score, execution_time, and per test name, score, max_score, output, visibility")
    void gradescope() {
        JsonObject json = JsonParser.parseString(ReportWriter.gradescope(sample())).getAsJsonObject();
        assertThat(json.get("score").getAsInt()).isEqualTo(2);
        assertThat(json.get("execution_time").getAsLong()).isEqualTo(62);
        assertThat(json.getAsJsonArray("tests")).hasSize(3);
        JsonObject failed = json.getAsJsonArray("tests").get(1).getAsJsonObject();
        assertThat(failed.get("name").getAsString()).isEqualTo("01.2 Stop queueing | on one lock");
        assertThat(failed.get("score").getAsInt()).isZero();
        assertThat(failed.get("max_score").getAsInt()).isEqualTo(3);
        assertThat(failed.get("visibility").getAsString()).isEqualTo("visible");
        assertThat(failed.get("output").getAsString()).contains("timed out");
    }

    @Test
    @DisplayName("junit.xml is well-formed, names a test without its score, gives each a time, and fails what did not earn its points")
    void junit() throws Exception {
        String xml = ReportWriter.junit(sample());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("3");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        assertThat(doc.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .startsWith("timed out");
        org.w3c.dom.NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            org.w3c.dom.Element c = (org.w3c.dom.Element) cases.item(i);
            assertThat(c.getAttribute("name")).doesNotContain("points");
            assertThat(Double.parseDouble(c.getAttribute("time"))).isEqualTo(20.5);
        }
    }

    @Test
    @DisplayName("classroom.json is what GitHub Classroom's reporter reads: version 1, a status, the maximum, a score per test")
    void classroom() {
        JsonObject json = JsonParser.parseString(ReportWriter.classroom(sample())).getAsJsonObject();
        assertThat(json.get("version").getAsInt()).isEqualTo(1);
        assertThat(json.get("status").getAsString()).isEqualTo("fail");
        assertThat(json.get("max_score").getAsInt()).isEqualTo(8);
        assertThat(json.getAsJsonArray("tests")).hasSize(3);
        JsonObject first = json.getAsJsonArray("tests").get(0).getAsJsonObject();
        assertThat(first.get("name").getAsString()).isEqualTo("01.1 Count every hit");
        assertThat(first.get("status").getAsString()).isEqualTo("pass");
        assertThat(first.get("score").getAsInt()).isEqualTo(2);
        assertThat(json.getAsJsonArray("tests").get(2).getAsJsonObject().get("status").getAsString()).isEqualTo("fail");
    }
}
