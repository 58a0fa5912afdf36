package course.kit.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import course.kit.ReportDir;
import course.kit.learn.Commands;
import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.ScoreboardText;
import course.kit.score.Verdict;

/**
 * The scoreboard as a page to look at, {@code target/scoreboard.html}: per exercise, a chart of
 * each check that measured a figure against a threshold ({@link CheckChart}), and one line for
 * each of its other checks. One self-contained file, well-formed XML as well as HTML, with the
 * charts as inline SVG: no script, nothing fetched from the network.
 */
public final class ScoreboardPage {

    /** The file name under the module's build directory. */
    public static final String NAME = "scoreboard.html";

    private static final String SOLUTION_SUFFIX = "-solution";
    private static final String STYLE = """
            body { font-family: sans-serif; color: #222; max-width: 820px; margin: 24px auto; padding: 0 12px; }
            h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; } h3 { font-size: 15px; margin: 20px 0 4px; }
            .verdict { color: #fff; border-radius: 4px; padding: 1px 7px; font-size: 13px; }
            .PASS { background: #2e7d32; } .FAIL { background: #c62828; } .INCONCLUSIVE { background: #8d6e00; }
            .points { color: #555; font-weight: normal; font-size: 14px; }
            .measured, .intro, li { color: #444; font-size: 14px; }
            svg { max-width: 100%; height: auto; }
            .next { background: #f3f3f3; border-left: 4px solid #5c7cfa; padding: 8px 12px; font-size: 14px; }
            .hint { color: #333; font-size: 14px; } code { font-size: 13px; }
            pre.why { background: #fafafa; border: 1px solid #ddd; padding: 8px; font-size: 12px; white-space: pre-wrap; }
            """;

    private ScoreboardPage() {
    }

    /**
     * Writes the page of {@code board} to {@code file}, with the ranges of the reliability study
     * found above it, if any.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Scoreboard board, Path file) {
        try {
            Files.writeString(ReportDir.prepared(file), render(board, StudyRanges.near(file.getParent())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The page of {@code board}, its charts showing the ranges of {@code study}. */
    static String render(Scoreboard board, StudyRanges study) {
        String chapter = board.chapter().endsWith(SOLUTION_SUFFIX)
                ? board.chapter().substring(0, board.chapter().length() - SOLUTION_SUFFIX.length())
                : board.chapter();
        String title = board.chapter() + ": " + board.earned() + " of " + board.available() + " points, "
                + board.passed() + " of " + board.exercises().size() + " exercises passed";
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n")
                .append("<p class=\"intro\">Each chart is one check of this run. The dot is the figure it measured; ")
                .append("the dashed line is the threshold, and the green side of it passes. Where the course's ")
                .append("reliability study measured the same check on a quiet machine, the bars show the range the ")
                .append("starter and the solution reached there, the dark tick their median. The same results as ")
                .append("text end the test run's output; as JSON, they are in scoreboard.json next to this page.</p>\n")
                .append(next(board));
        for (ExerciseResult e : board.exercises()) {
            page.append("<h2>").append(badge(e.verdict())).append(' ').append(escape(e.id() + " " + e.title()))
                    .append(" <span class=\"points\">").append(e.earned()).append('/').append(e.points())
                    .append(" points</span></h2>\n");
            if (board.earlier().contains(e.id())) {
                page.append("<p class=\"hint\">Earlier run: ").append(escape(ScoreboardText.EARLIER_NOTE)).append(".</p>\n");
            }
            if (e.verdict() != Verdict.PASS && !e.hint().isEmpty()) {
                page.append("<p class=\"hint\">Hint: ").append(escape(e.hint())).append("</p>\n");
            }
            List<String> others = new ArrayList<>();
            for (CheckResult c : e.checks()) {
                Optional<String> chart = CheckChart.svg(chapter, c, study);
                if (chart.isPresent()) {
                    page.append("<h3>").append(badge(c.verdict())).append(' ').append(escape(c.name())).append("</h3>\n")
                            .append("<p class=\"measured\">measured: ").append(escape(c.measured()))
                            .append(" (threshold: ").append(escape(c.threshold())).append(")</p>\n")
                            .append(chart.get()).append(why(c));
                } else {
                    others.add("<li>" + badge(c.verdict()) + ' ' + escape(c.name())
                            + (c.measured() == null ? "" : ": " + escape(c.measured()))
                            + (c.threshold() == null ? "" : " (threshold: " + escape(c.threshold()) + ")") + why(c) + "</li>\n");
                }
            }
            if (!others.isEmpty()) {
                page.append("<p class=\"measured\">Other checks:</p>\n<ul>\n");
                others.forEach(page::append);
                page.append("</ul>\n");
            }
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /** What to do next: the first exercise not passed yet, its hint and the command for more. */
    private static String next(Scoreboard board) {
        return board.next().map(e -> "<p class=\"next\"><b>Next: " + escape(e.id() + " " + e.title()) + "</b>"
                        + (e.hint().isEmpty() ? "" : "<br/>Hint: " + escape(e.hint()))
                        + "<br/>More hints, one step at a time: <code>" + escape(Commands.hint(e.id(), 1)) + "</code></p>\n")
                .orElse("<p class=\"next\"><b>Every exercise passes.</b> See another way: <code>"
                        + escape(ScoreboardText.compareCommand(board))
                        + "</code></p>\n");
    }

    /** Why a check did not pass, as its message says it; nothing for a pass. */
    private static String why(CheckResult c) {
        if (c.verdict() == Verdict.PASS || c.message() == null) {
            return "";
        }
        return "<pre class=\"why\">" + escape(c.message().lines().limit(ScoreboardText.MESSAGE_LINES).collect(Collectors.joining("\n")))
                + "</pre>\n";
    }

    /** {@code text} safe inside an element or an attribute value of HTML, SVG and XML alike. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String badge(Verdict v) {
        return "<span class=\"verdict " + v.name() + "\">" + v.name() + "</span>";
    }
}
