package course.kit.score;

import java.util.Locale;

import course.kit.learn.Commands;

/** The scoreboard as the learner reads it at the end of {@code mvn test}. */
public final class ScoreboardText {

    private static final int WIDTH = 78;
    /** The most lines of a check's message shown, here and on the charts page. */
    public static final int MESSAGE_LINES = 16;

    /** What an exercise with results of an earlier run says, here and on the charts page. */
    public static final String EARLIER_NOTE = "checks this run did not reach show an earlier run's result;"
            + " a run of the whole chapter judges them all again";

    private ScoreboardText() {
    }

    /**
     * Renders the scoreboard as plain text lines, ending with where its JSON is and, unless
     * {@code charts} is null, where its charts are (or why there are none).
     */
    public static String render(Scoreboard board, String detailsPath, String charts) {
        StringBuilder out = new StringBuilder();
        String rule = "=".repeat(WIDTH);
        out.append(rule).append('\n');
        out.append(String.format(Locale.ROOT, " %s: %d of %d points, %d of %d exercises passed%s%n",
                board.chapter(), board.earned(), board.available(), board.passed(), board.exercises().size(),
                board.earlier().isEmpty() ? "" : " (" + board.earlier().size() + " as an earlier run left them)"));
        out.append(rule).append('\n');
        for (ExerciseResult e : board.exercises()) {
            String head = String.format(Locale.ROOT, " %-8s %s %s", "[" + label(e.verdict()) + "]", e.id(), e.title());
            String points = e.earned() + "/" + e.points() + " pts";
            out.append(head).append(" ".repeat(Math.max(1, WIDTH - head.length() - points.length())))
                    .append(points).append('\n');
            if (board.earlier().contains(e.id())) {
                out.append("      (").append(EARLIER_NOTE).append(")\n");
            }
            for (CheckResult c : e.checks()) {
                out.append("      ").append(mark(c.verdict())).append(' ').append(c.name()).append('\n');
                if (c.measured() != null) {
                    out.append("           measured: ").append(c.measured());
                    if (c.threshold() != null) {
                        out.append("  (threshold: ").append(c.threshold()).append(')');
                    }
                    out.append('\n');
                }
                if (c.verdict() != Verdict.PASS && c.message() != null) {
                    c.message().lines().limit(MESSAGE_LINES)
                            .forEach(line -> out.append("           ").append(line).append('\n'));
                }
            }
        }
        out.append(rule).append('\n');
        board.next().ifPresentOrElse(
                e -> {
                    out.append(" Next: ").append(e.id()).append(' ').append(e.title()).append('\n');
                    if (!e.hint().isEmpty()) {
                        out.append(" Hint: ").append(e.hint()).append('\n');
                    }
                    out.append(" More: ").append(Commands.hint(e.id(), 1)).append("   (hints, one step at a time)\n");
                },
                () -> out.append(" Every exercise passes. See another way: ")
                        .append(compareCommand(board))
                        .append('\n'));
        out.append(" Course: ").append(Commands.progress()).append("   (every chapter, and what to do next)\n");
        out.append(" Details: ").append(detailsPath).append('\n');
        if (charts != null) {
            out.append(" Charts: ").append(charts).append('\n');
        }
        out.append(rule).append('\n');
        return out.toString();
    }

    /** The command that shows the board's chapter beside its solution. */
    public static String compareCommand(Scoreboard board) {
        return Commands.compare(board.exercises().isEmpty() ? "01" : board.exercises().get(0).id().substring(0, 2));
    }

    private static String label(Verdict v) {
        return switch (v) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case INCONCLUSIVE -> "??";
        };
    }

    private static String mark(Verdict v) {
        return switch (v) {
            case PASS -> "ok  ";
            case FAIL -> "FAIL";
            case INCONCLUSIVE -> "??  ";
        };
    }
}
