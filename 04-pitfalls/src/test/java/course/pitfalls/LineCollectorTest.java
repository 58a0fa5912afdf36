package course.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "04.5", title = "A lambda that captured a shared list", points = 1,
        hint = "A parallel stream can collect its results itself, in order. "
                + "See 04-pitfalls/README.md, 'Hints for 04.5'.")
@DisplayName("04.5 LineCollector collects in parallel without a shared list")
class LineCollectorTest {

    private static final int SECTIONS = 2_000;

    @Test
    @Gate
    @DisplayName("2,000 sections rendered in parallel: 2,000 lines, in section order")
    void everyLineInOrder(TestReporter reporter) {
        // Each title twice, as a report's "Summary" can be: a line's place comes from its position, not its text.
        List<String> sections = IntStream.range(0, SECTIONS).mapToObj(i -> "section " + i % (SECTIONS / 2)).toList();
        List<String> expected = sections.stream().map(LineCollector::render).toList();
        List<String> lines = null;
        try {
            lines = new LineCollector().renderAll(sections);
        } catch (RuntimeException corrupted) {
            fail("renderAll threw " + corrupted + ": threads adding to one ArrayList at once corrupted it");
        }
        Figures.report(reporter, Figures.count(lines.size()) + " lines for " + Figures.count(SECTIONS) + " sections, "
                + (lines.equals(expected) ? "in order" : "not in order"), Figures.count(SECTIONS) + " lines, in order");
        assertThat(lines.size())
                .withFailMessage("%s sections gave %s lines: threads adding to one ArrayList at once lost some.",
                        Figures.count(SECTIONS), Figures.count(lines.size()))
                .isEqualTo(SECTIONS);
        assertThat(lines)
                .withFailMessage("all lines are there, but not in section order: forEach on a parallel stream runs "
                        + "in whatever order the threads go.")
                .isEqualTo(expected);
    }
}
