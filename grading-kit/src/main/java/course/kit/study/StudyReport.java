package course.kit.study;

import course.kit.score.CheckResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the study's rows as {@code docs/reliability.md}: per chapter and condition, wrong
 * verdicts, inconclusive rates and run times; per exercise, the spread of its gate's figure on
 * each side and how close the worst run came to the threshold.
 *
 * <p>A verdict is wrong when a starter's exercise passes, a solution's exercise fails, or a
 * starter's gate fails by an error instead of its assertion; for an answer of the corpus, when an
 * accepted answer's exercise fails, or when the check a wrong answer's note names does not fail
 * it by its assertion. An inconclusive verdict is not wrong, but it is counted: on a quiet
 * machine it should be rare.
 */
final class StudyReport {

    private StudyReport() {
    }

    /** Below this distance from its threshold, an answer's worst figure is shown in bold: too close to call. */
    static final double MARGIN = 1.5;

    static String render(List<StudyRow> rows, String header) {
        return render(rows, header, Map.of());
    }

    /**
     * The report of {@code rows}; {@code expected} says, for each answer's side, what it must get:
     * {@code passes}, or the name of the check that must fail it.
     */
    static String render(List<StudyRow> allRows, String header, Map<String, String> expected) {
        List<StudyRow> rows = allRows.stream().filter(r -> !isAnswer(r)).toList();
        List<StudyRow> answerRows = allRows.stream().filter(StudyReport::isAnswer).toList();
        StringBuilder md = new StringBuilder(header);
        Map<String, List<StudyRow>> byChapter = group(rows, StudyRow::chapter);
        md.append("\n## Summary\n\n")
                .append("| chapter | condition | runs | wrong verdicts | inconclusive exercises, solution | ")
                .append("inconclusive exercises, starter | proof run, median (max) | load average at start |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---|\n");
        byChapter.forEach((chapter, chapterRows) -> group(chapterRows, StudyRow::condition).forEach(
                (condition, conditionRows) -> md.append(summaryLine(chapter, condition, conditionRows))));
        if (!answerRows.isEmpty()) {
            md.append("\n| chapter | condition | answers | answer runs | wrong verdicts on answers | inconclusive |\n")
                    .append("|---|---|---:|---:|---:|---:|\n");
            group(answerRows, StudyRow::chapter).forEach((chapter, chapterRows) -> group(chapterRows, StudyRow::condition)
                    .forEach((condition, rs) -> md.append(answerSummaryLine(chapter, condition, rs, expected))));
        }
        byChapter.forEach((chapter, chapterRows) -> {
            md.append("\n## ").append(chapter).append("\n\n")
                    .append("| exercise | condition | runs | starter red / ?? / green | solution green / ?? / red ")
                    .append("| gate | threshold | starter: range (worst) | solution: range (worst) |\n")
                    .append("|---|---|---:|---|---|---|---|---|---|\n");
            group(chapterRows, StudyRow::exercise).forEach((exercise, exerciseRows) ->
                    group(exerciseRows, StudyRow::condition).forEach((condition, rs) ->
                            md.append(exerciseLines(exercise, condition, rs))));
            List<StudyRow> answers = answerRows.stream().filter(r -> r.chapter().equals(chapter)).toList();
            if (!answers.isEmpty()) {
                md.append(answersSection(answers, expected));
            }
        });
        return md.toString();
    }

    private static boolean isAnswer(StudyRow row) {
        return row.side().startsWith(ProofRun.ANSWER_SIDE);
    }

    private static String answersSection(List<StudyRow> rows, Map<String, String> expected) {
        StringBuilder md = new StringBuilder("\nAnswers of the corpus: right / ?? / wrong counts each run's verdict on the ")
                .append("answer (a wrong answer is right when the check its note names fails it by its assertion); ")
                .append("margin is how far the worst run stayed on the right side of the threshold, **bold** where a ")
                .append("timing gate's is under ").append(MARGIN).append("x (a count or a layout does not drift).\n\n")
                .append("| answer | expected | condition | runs | right / ?? / wrong | check | threshold | range (worst) | margin |\n")
                .append("|---|---|---|---:|---|---|---|---|---:|\n");
        group(rows, StudyRow::side).forEach((side, sideRows) -> group(sideRows, StudyRow::condition).forEach(
                (condition, rs) -> md.append(answerLines(side, condition, rs, expected.get(side)))));
        return md.toString();
    }

    private static String answerLines(String side, String condition, List<StudyRow> rows, String expected) {
        String name = side.substring(ProofRun.ANSWER_SIDE.length());
        Map<String, List<StudyRow>> runs = group(rows, StudyRow::run);
        long right = runs.values().stream().filter(r -> answerVerdict(r, expected) == 1).count();
        long unsure = runs.values().stream().filter(r -> answerVerdict(r, expected) == 0).count();
        long wrong = runs.size() - right - unsure;
        boolean accepted = "passes".equals(expected);
        List<String> checks = accepted
                ? rows.stream().filter(r -> r.gate() || CheckResult.isTiming(r.check())).map(StudyRow::check).distinct().sorted().toList()
                : List.of(expected == null ? "(answer no longer in the corpus)" : expected);
        StringBuilder lines = new StringBuilder();
        boolean first = true;
        for (String check : checks) {
            List<StudyRow> figures = rows.stream().filter(r -> r.check().equals(check))
                    .filter(r -> !r.result().equals("INCONCLUSIVE")).toList();
            String threshold = figures.stream().map(StudyRow::threshold).filter(t -> !t.isBlank()).findFirst().orElse("");
            boolean higherPasses = KeyFigure.higherIsBetter(threshold);
            boolean worstIsLowest = accepted == higherPasses;
            lines.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    first ? "`" + name + "`" : "", first ? (accepted ? "passes" : "fails") : "", first ? condition : "",
                    first ? String.valueOf(runs.size()) : "",
                    first ? right + " / " + unsure + " / " + (wrong == 0 ? "0" : "**" + wrong + "**") : "",
                    check, threshold, spread(figures, side, worstIsLowest), margin(figures, threshold, accepted, CheckResult.isTiming(check))));
            first = false;
        }
        return lines.toString();
    }

    /** 1 when one run's verdict on an answer is right, 0 when inconclusive, -1 when wrong. */
    private static int answerVerdict(List<StudyRow> run, String expected) {
        if (expected == null || run.stream().anyMatch(r -> r.verdict().equals("MISSING"))) {
            return -1;
        }
        if (expected.equals("passes")) {
            String verdict = run.get(0).verdict();
            return verdict.equals("PASS") ? 1 : verdict.equals("INCONCLUSIVE") ? 0 : -1;
        }
        Optional<StudyRow> named = run.stream().filter(r -> r.check().equals(expected)).findFirst();
        if (named.isEmpty()) {
            return -1;
        }
        return named.get().result().equals("FAIL") ? 1 : named.get().result().equals("INCONCLUSIVE") ? 0 : -1;
    }

    /** How many times the threshold the worst figure is, on the side it must be; blank when the threshold is no number. */
    private static String margin(List<StudyRow> rows, String threshold, boolean mustPass, boolean timing) {
        Optional<Threshold> bound = Threshold.of(threshold);
        List<Double> values = rows.stream().map(r -> KeyFigure.of(r.measured())).flatMap(Optional::stream)
                .map(KeyFigure::value).toList();
        if (bound.isEmpty() || bound.get().value() == 0 || values.isEmpty()) {
            return "";
        }
        double t = bound.get().value();
        boolean wantHigh = mustPass == bound.get().higherPasses();
        double worst = wantHigh ? values.stream().mapToDouble(Double::doubleValue).min().orElseThrow()
                : values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double margin = wantHigh ? worst / t : worst == 0 ? Double.POSITIVE_INFINITY : t / worst;
        String shown = Double.isInfinite(margin) ? "-" : String.format(Locale.ROOT, "%.1fx", margin);
        return timing && margin < MARGIN ? "**" + shown + "**" : shown;
    }

    private static String summaryLine(String chapter, String condition, List<StudyRow> rows) {
        Map<String, List<StudyRow>> runs = group(rows, StudyRow::run);
        long wrong = wrongVerdicts(rows);
        long inconclusiveSolution = exerciseVerdicts(rows).stream()
                .filter(v -> v.side().equals("solution") && v.verdict().equals("INCONCLUSIVE")).count();
        long inconclusiveStarter = exerciseVerdicts(rows).stream()
                .filter(v -> v.side().equals("starter") && v.verdict().equals("INCONCLUSIVE")).count();
        long exercisesPerSide = exerciseVerdicts(rows).stream().filter(v -> v.side().equals("solution")).count();
        List<Long> seconds = runs.values().stream().map(r -> r.get(0).seconds()).sorted().toList();
        List<Double> loads = runs.values().stream().map(r -> r.get(0).load()).sorted().toList();
        return String.format(Locale.ROOT, "| %s | %s | %d | %s | %d of %d | %d of %d | %d s (%d s) | %.1f-%.1f |%n",
                chapter, condition, runs.size(), wrong == 0 ? "0" : "**" + wrong + "**",
                inconclusiveSolution, exercisesPerSide, inconclusiveStarter, exercisesPerSide,
                seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1),
                loads.get(0), loads.get(loads.size() - 1));
    }

    private static String answerSummaryLine(String chapter, String condition, List<StudyRow> rows,
                                            Map<String, String> expected) {
        Map<String, List<StudyRow>> runs = group(rows, r -> r.side() + " " + r.run());
        long wrong = wrongAnswerVerdicts(rows, expected);
        long unsure = runs.values().stream().filter(r -> answerVerdict(r, expected.get(r.get(0).side())) == 0).count();
        long answers = rows.stream().map(StudyRow::side).distinct().count();
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %d |%n", chapter, condition, answers, runs.size(),
                wrong == 0 ? "0" : "**" + wrong + "**", unsure);
    }

    private static String exerciseLines(String exercise, String condition, List<StudyRow> rows) {
        List<ExerciseVerdict> verdicts = exerciseVerdicts(rows);
        long runs = verdicts.stream().map(ExerciseVerdict::run).distinct().count();
        String starter = counts(verdicts, "starter", "FAIL", "INCONCLUSIVE", "PASS");
        String solution = counts(verdicts, "solution", "PASS", "INCONCLUSIVE", "FAIL");
        StringBuilder lines = new StringBuilder();
        // Figures of inconclusive runs are calibrations, not measurements of the code: left out.
        Map<String, List<StudyRow>> gates = group(rows.stream().filter(StudyRow::gate)
                .filter(r -> !r.result().equals("INCONCLUSIVE")).toList(), StudyRow::check);
        if (gates.isEmpty()) {
            gates = Map.of("-", List.of());
        }
        boolean first = true;
        for (Map.Entry<String, List<StudyRow>> gate : gates.entrySet()) {
            String threshold = gate.getValue().stream().map(StudyRow::threshold).filter(t -> !t.isBlank())
                    .findFirst().orElse("");
            boolean higherIsBetter = KeyFigure.higherIsBetter(threshold);
            lines.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    first ? exercise : "", first ? condition : "", first ? String.valueOf(runs) : "",
                    first ? starter : "", first ? solution : "", gate.getKey(), threshold,
                    spread(gate.getValue(), "starter", !higherIsBetter),
                    spread(gate.getValue(), "solution", higherIsBetter)));
            first = false;
        }
        return lines.toString();
    }

    /** "min-max (worst)", where worst is the figure nearest the other side of the threshold. */
    private static String spread(List<StudyRow> rows, String side, boolean worstIsLowest) {
        List<KeyFigure> figures = rows.stream().filter(r -> r.side().equals(side))
                .map(r -> KeyFigure.of(r.measured())).flatMap(Optional::stream).toList();
        if (figures.isEmpty()) {
            return "-";
        }
        KeyFigure min = figures.stream().min(Comparator.comparingDouble(KeyFigure::value)).orElseThrow();
        KeyFigure max = figures.stream().max(Comparator.comparingDouble(KeyFigure::value)).orElseThrow();
        KeyFigure worst = worstIsLowest ? min : max;
        return min.value() == max.value() ? worst.toString() : min + " - " + max + " (worst " + worst + ")";
    }

    private static String counts(List<ExerciseVerdict> verdicts, String side, String good, String unsure, String bad) {
        Map<String, Long> bySide = verdicts.stream().filter(v -> v.side().equals(side))
                .collect(Collectors.groupingBy(ExerciseVerdict::verdict, Collectors.counting()));
        long wrong = bySide.getOrDefault(bad, 0L);
        return bySide.getOrDefault(good, 0L) + " / " + bySide.getOrDefault(unsure, 0L) + " / "
                + (wrong == 0 ? "0" : "**" + wrong + "**");
    }

    /** Wrong exercise verdicts, plus starter gates red for another reason than the lesson. */
    static long wrongVerdicts(List<StudyRow> allRows) {
        List<StudyRow> rows = allRows.stream().filter(r -> !isAnswer(r)).toList();
        return exerciseVerdicts(rows).stream().filter(StudyReport::wrong).count() + redForAnotherReason(rows);
    }

    /** Runs of answers whose verdict was wrong, by what {@code expected} says of each answer. */
    static long wrongAnswerVerdicts(List<StudyRow> rows, Map<String, String> expected) {
        return group(rows.stream().filter(StudyReport::isAnswer).toList(), r -> r.side() + " " + r.run()).values().stream()
                .filter(r -> answerVerdict(r, expected.get(r.get(0).side())) < 0).count();
    }

    /** Starter gates that failed by an error or a skip: red, but not for the lesson's reason. */
    private static long redForAnotherReason(List<StudyRow> rows) {
        return rows.stream().filter(r -> r.side().equals("starter") && r.gate() && r.result().startsWith("FAIL:"))
                .count();
    }

    private record ExerciseVerdict(String run, String side, String exercise, String verdict) {
    }

    private static List<ExerciseVerdict> exerciseVerdicts(List<StudyRow> rows) {
        return new ArrayList<>(rows.stream()
                .map(r -> new ExerciseVerdict(r.run(), r.side(), r.exercise(), r.verdict()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** A starter that passes, a solution that fails, or a side whose proof wrote no scoreboard at all. */
    private static boolean wrong(ExerciseVerdict v) {
        if (v.verdict().equals("MISSING")) {
            return true;
        }
        return v.side().equals("starter") ? v.verdict().equals("PASS") : v.verdict().equals("FAIL");
    }

    private static <K extends Comparable<K>> Map<K, List<StudyRow>> group(List<StudyRow> rows,
                                                                         Function<StudyRow, K> key) {
        return new LinkedHashMap<>(rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList())));
    }
}
