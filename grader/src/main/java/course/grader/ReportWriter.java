package course.grader;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import course.kit.score.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a graded submission five ways: {@code grade.md} for people, {@code grade.json} for
 * tools, {@code results.json} in Gradescope's autograder format, {@code junit.xml} for CI
 * systems that show JUnit results (one test case per exercise), and {@code classroom.json} for
 * GitHub Classroom's grading reporter.
 */
final class ReportWriter {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
    /** Lines of a failure message shown per check. */
    private static final int MESSAGE_LINES = 6;

    /** The inconclusive policy as {@code grade.json} keeps it: {@code retry-2,zero}. */
    private static final Pattern POLICY = Pattern.compile("retry-(\\d+),(zero|full)");
    /** Markdown characters that could start markup inside a line: code, emphasis, links, HTML, entities, cells. */
    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>|&!#~]");
    /** A run of backticks, which closes a code fence of its length or shorter. */
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private ReportWriter() {
    }

    /** Writes all five reports into {@code dir}. */
    static void writeAll(Grades.Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("grade.md"), markdown(report));
        Files.writeString(dir.resolve("grade.json"), GSON.toJson(report));
        Files.writeString(dir.resolve("results.json"), gradescope(report));
        Files.writeString(dir.resolve("junit.xml"), junit(report));
        Files.writeString(dir.resolve("classroom.json"), classroom(report));
    }

    /**
     * The inconclusive policy as {@code grade.json} keeps it ({@code retry-2,zero}), in words:
     * {@code rerun up to 2 more times, then 0 points}.
     */
    static String inWords(String policy) {
        Matcher m = POLICY.matcher(policy);
        if (!m.matches()) {
            return policy;
        }
        int retries = Integer.parseInt(m.group(1));
        String points = m.group(2).equals("zero") ? "0 points" : "full points";
        return retries == 0 ? "not rerun, " + points
                : "rerun up to " + retries + " more " + (retries == 1 ? "time" : "times") + ", then " + points;
    }

    static String markdown(Grades.Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# Grade: ").append(r.score()).append(" of ").append(r.maxScore()).append(" points\n\n");
        md.append("- submission: `").append(r.submission()).append("`\n");
        md.append("- graded at: ").append(r.gradedAt()).append(" UTC, in ")
                .append(String.format(Locale.ROOT, "%.0f s", r.executionTime())).append('\n');
        md.append("- inconclusive timing gates: ").append(inWords(r.inconclusive())).append('\n');
        for (String n : r.notes()) {
            md.append("- note: ").append(inline(n)).append('\n');
        }
        md.append("\n| chapter | points | outcome |\n|---|---:|---|\n");
        for (Grades.Chapter c : r.chapters()) {
            md.append("| ").append(c.chapter()).append(" | ").append(c.earned()).append(" / ").append(c.points())
                    .append(" | ").append(inline(c.outcome())).append(" |\n");
        }
        for (Grades.Chapter c : r.chapters()) {
            md.append("\n## ").append(c.chapter()).append(": ").append(c.earned()).append(" of ").append(c.points())
                    .append(" points (").append(c.outcome()).append(", ")
                    .append(String.format(Locale.ROOT, "%.0f s", c.seconds())).append(")\n\n");
            md.append("| exercise | points | verdict | reason |\n|---|---:|---|---|\n");
            for (Grades.Exercise e : c.exercises()) {
                md.append("| ").append(e.id()).append(' ').append(inline(e.title())).append(" | ").append(e.earned())
                        .append(" / ").append(e.points()).append(" | ").append(label(e.verdict())).append(" | ")
                        .append(e.reason() == null ? "" : inline(firstLine(e.reason()))).append(" |\n");
            }
            for (Grades.Exercise e : c.exercises()) {
                if (e.checks().isEmpty() && e.reason() == null) {
                    continue;
                }
                md.append("\n### ").append(e.id()).append(' ').append(inline(e.title())).append(": ")
                        .append(label(e.verdict())).append(", ").append(e.earned()).append('/').append(e.points())
                        .append(" points");
                if (e.attempts() > 1) {
                    md.append(" (ran ").append(e.attempts()).append(" times)");
                }
                md.append("\n\n");
                if (e.checks().isEmpty()) {
                    md.append("- ").append(inline(e.reason())).append('\n');
                }
                for (Grades.Check k : e.checks()) {
                    md.append("- ").append(mark(k.verdict())).append(' ').append(inline(k.name()));
                    if (k.measured() != null) {
                        md.append(": measured ").append(inline(k.measured()));
                        if (k.threshold() != null) {
                            md.append(" (threshold: ").append(inline(k.threshold())).append(')');
                        }
                    }
                    md.append('\n');
                    if (k.verdict() != Verdict.PASS && k.message() != null) {
                        List<String> lines = k.message().lines().limit(MESSAGE_LINES).toList();
                        String fence = fenceFor(lines);
                        md.append("\n  ").append(fence).append('\n');
                        lines.forEach(l -> md.append("  ").append(l).append('\n'));
                        md.append("  ").append(fence).append("\n\n");
                    }
                }
            }
            if (!c.notes().isEmpty()) {
                md.append("\nNotes:\n\n");
                c.notes().forEach(n -> md.append("- ").append(inline(n)).append('\n'));
            }
        }
        return md.toString();
    }

    /** Gradescope's {@code results.json}: one test per exercise. */
    static String gradescope(Grades.Report r) {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (Grades.Exercise e : exercises(r)) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", e.id() + " " + e.title());
            t.put("number", e.id());
            t.put("score", e.earned());
            t.put("max_score", e.points());
            t.put("status", earnedAll(e) ? "passed" : "failed");
            t.put("output", plainText(e));
            t.put("visibility", "visible");
            tests.add(t);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("score", r.score());
        top.put("execution_time", Math.round(r.executionTime()));
        top.put("output", r.score() + " of " + r.maxScore() + " points in " + r.chapters().size()
                + (r.chapters().size() == 1 ? " chapter" : " chapters") + ". Inconclusive timing gates: "
                + inWords(r.inconclusive()) + "."
                + (r.notes().isEmpty() ? "" : "\n" + String.join("\n", r.notes())));
        top.put("visibility", "visible");
        top.put("stdout_visibility", "hidden");
        top.put("tests", tests);
        return GSON.toJson(top);
    }

    /**
     * JUnit XML: a test suite per chapter, a test case per exercise, named by its id and title
     * alone (a name that held the points would make a fixed exercise look like a new test). An
     * exercise passes when it earned its points, as in {@code results.json}: an inconclusive one
     * fails under the policy "0 points" and passes under "full points". The checks of a chapter
     * run in one JVM and are not timed apart: each test case is given an equal share of the
     * chapter's time.
     */
    static String junit(Grades.Report r) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long tests = exercises(r).size();
        long failures = exercises(r).stream().filter(e -> !earnedAll(e)).count();
        x.append(String.format(Locale.ROOT, "<testsuites name=\"grade\" tests=\"%d\" failures=\"%d\" time=\"%.1f\">%n",
                tests, failures, r.executionTime()));
        for (Grades.Chapter c : r.chapters()) {
            long f = c.exercises().stream().filter(e -> !earnedAll(e)).count();
            double share = c.exercises().isEmpty() ? 0 : c.seconds() / c.exercises().size();
            x.append(String.format(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" time=\"%.1f\">%n",
                    xml(c.chapter()), c.exercises().size(), f, c.seconds()));
            for (Grades.Exercise e : c.exercises()) {
                x.append("    <testcase classname=\"").append(xml(c.chapter())).append("\" name=\"")
                        .append(xml(e.id() + " " + e.title())).append('"')
                        .append(String.format(Locale.ROOT, " time=\"%.1f\"", share));
                if (earnedAll(e)) {
                    x.append("/>\n");
                    continue;
                }
                x.append(">\n      <failure message=\"").append(xml(firstLine(e.reason()))).append("\">")
                        .append(xml(plainText(e))).append("</failure>\n    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        x.append("</testsuites>\n");
        return x.toString();
    }

    /**
     * The results GitHub Classroom's grading reporter reads ({@code classroom-resources/autograding-grading-reporter}),
     * as its runners write them: one test per exercise with its score, and the submission's
     * maximum. The workflow passes this file, base64-encoded, to the reporter, which puts the
     * points where Classroom shows them and fails the job unless every test passed.
     */
    static String classroom(Grades.Report r) {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (Grades.Exercise e : exercises(r)) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", e.id() + " " + e.title());
            t.put("status", earnedAll(e) ? "pass" : "fail");
            t.put("score", e.earned());
            t.put("max_score", e.points());
            t.put("message", earnedAll(e) ? "" : firstLine(e.reason()));
            t.put("line_no", 0);
            tests.add(t);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("version", 1);
        top.put("status", tests.stream().allMatch(t -> t.get("status").equals("pass")) && !tests.isEmpty() ? "pass" : "fail");
        top.put("max_score", r.maxScore());
        top.put("tests", tests);
        return GSON.toJson(top);
    }

    /** Every exercise of the report, chapter by chapter. */
    private static List<Grades.Exercise> exercises(Grades.Report r) {
        return r.chapters().stream().flatMap(c -> c.exercises().stream()).toList();
    }

    /** Whether an exercise earned all its points: a pass in every report made for tools. */
    private static boolean earnedAll(Grades.Exercise e) {
        return e.points() > 0 && e.earned() == e.points();
    }

    /** An exercise's checks as plain text lines, for Gradescope and JUnit XML. */
    static String plainText(Grades.Exercise e) {
        StringBuilder t = new StringBuilder();
        t.append(label(e.verdict())).append(": ").append(e.earned()).append(" of ").append(e.points()).append(" points");
        if (e.attempts() > 1) {
            t.append(" (ran ").append(e.attempts()).append(" times)");
        }
        t.append('\n');
        if (e.checks().isEmpty() && e.reason() != null) {
            t.append(e.reason()).append('\n');
        }
        for (Grades.Check k : e.checks()) {
            t.append(mark(k.verdict())).append(' ').append(k.name()).append('\n');
            if (k.measured() != null) {
                t.append("     measured: ").append(k.measured());
                if (k.threshold() != null) {
                    t.append("  (threshold: ").append(k.threshold()).append(')');
                }
                t.append('\n');
            }
            if (k.verdict() != Verdict.PASS && k.message() != null) {
                k.message().lines().limit(MESSAGE_LINES).forEach(l -> t.append("     ").append(l).append('\n'));
            }
        }
        return t.toString();
    }

    private static String label(Verdict v) {
        return switch (v) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case INCONCLUSIVE -> "INCONCLUSIVE";
        };
    }

    private static String mark(Verdict v) {
        return switch (v) {
            case PASS -> "ok";
            case FAIL -> "FAIL";
            case INCONCLUSIVE -> "??";
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }

    /**
     * Text from a submission (a file name, a reason) as one line of plain Markdown text: line
     * breaks become spaces, so no heading or list can start, and every character that could start
     * markup is escaped, so no link, HTML or code span can either.
     */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        return MARKUP.matcher(s.replaceAll("\\R", " ")).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    /** A code fence longer than any run of backticks in {@code lines}, so that no line of them can close it. */
    static String fenceFor(List<String> lines) {
        int longest = lines.stream().flatMap(l -> BACKTICKS.matcher(l).results()).mapToInt(r -> r.group().length())
                .max().orElse(0);
        return "`".repeat(Math.max(3, longest + 1));
    }

    /** Text safe in XML content and attributes; characters XML 1.0 cannot hold are dropped. */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\t', '\r' -> out.append("&#").append(cp).append(';');
                default -> {
                    if (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
