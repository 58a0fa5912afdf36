package course.kit.proof;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.ScoreboardFile;
import course.kit.score.Verdict;

/**
 * Proves a chapter's exercises are real, from the scoreboards of two runs of the same tests:
 * one against the starter, one against the solution.
 *
 * <ul>
 *   <li>The starter fails every exercise, and fails it for the lesson's reason: each
 *       {@link course.kit.Gate} check fails by its own assertion (a timing gate may be
 *       inconclusive, never passing), and no check fails by an exception, a timeout or a skip.
 *   <li>The solution fails nothing: every check passes (a timing gate may be inconclusive on a
 *       busy machine, which is reported).
 * </ul>
 *
 * <p>Usage: {@code ChapterProof <starter scoreboard.json> <solution scoreboard.json>}; exits 1
 * with the list of problems when the proof does not hold.
 */
public final class ChapterProof {

    private ChapterProof() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ChapterProof <starter scoreboard.json> <solution scoreboard.json>");
            System.exit(2);
        }
        Path target = Path.of(args[1]).toAbsolutePath().getParent();
        ProofProblems.clear(target);
        List<String> problems = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Scoreboard starter = read(Path.of(args[0]), "starter", problems);
        Scoreboard solution = read(Path.of(args[1]), "solution", problems);
        if (starter != null && solution != null) {
            check(starter, solution, problems, lines);
        }
        String chapter = starter != null ? starter.chapter() : args[0];
        System.out.println();
        System.out.println("Proof of " + chapter + ": starter red for its lesson, solution green");
        lines.forEach(l -> System.out.println("  " + l));
        problems.forEach(p -> System.out.println("  PROBLEM: " + p));
        List<ExerciseResult> exercises = starter == null ? List.of() : starter.exercises();
        long unproven = exercises.stream()
                .filter(e -> problems.stream().anyMatch(p -> p.startsWith(e.id() + " "))).count();
        // a problem of the chapter as a whole (a missing scoreboard) counts as one failure
        long failed = problems.isEmpty() ? 0 : Math.max(1, unproven);
        if (problems.isEmpty()) {
            System.out.println("  PROVEN");
        }
        System.out.println("proof: " + (exercises.size() - unproven) + " passed, " + failed + " failed");
        ProofProblems.add(target, "Proof of " + chapter + " (starter red for its lesson, solution green):", problems);
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    static Scoreboard read(Path file, String side, List<String> problems) {
        if (!Files.exists(file)) {
            problems.add("no " + side + " scoreboard at " + file + ": its tests did not run (compile error? crash?)");
            return null;
        }
        Scoreboard board = ScoreboardFile.read(file).ranNow();
        if (board.exercises().isEmpty()) {
            problems.add("the " + side + " scoreboard has no exercises: nothing was graded");
        }
        return board;
    }

    /** Adds one line per exercise to {@code lines} and every violation to {@code problems}. */
    static void check(Scoreboard starter, Scoreboard solution, List<String> problems, List<String> lines) {
        Map<String, ExerciseResult> solved = solution.exercises().stream()
                .collect(Collectors.toMap(ExerciseResult::id, Function.identity()));
        if (!solved.keySet().equals(starter.exercises().stream().map(ExerciseResult::id)
                .collect(Collectors.toSet()))) {
            problems.add("starter and solution ran different exercises: " + starter.exercises().stream()
                    .map(ExerciseResult::id).toList() + " vs " + solved.keySet());
        }
        for (ExerciseResult red : starter.exercises()) {
            checkStarter(red, problems);
            ExerciseResult green = solved.get(red.id());
            if (green != null) {
                checkSolution(red, green, problems);
            }
            lines.add(String.format("%s %-44s starter %-12s solution %s", red.id(), red.title(),
                    red.verdict() + " (" + gateFailures(red) + ")",
                    green == null ? "MISSING" : green.verdict()));
        }
    }

    private static void checkStarter(ExerciseResult e, List<String> problems) {
        String where = e.id() + " (starter): ";
        if (e.verdict() != Verdict.FAIL) {
            problems.add(where + "expected red, but it is " + e.verdict());
        }
        List<CheckResult> gates = e.checks().stream().filter(CheckResult::gate).toList();
        if (gates.isEmpty()) {
            problems.add(where + "has no @Gate check, so nothing says which check is the lesson");
        }
        if (gates.stream().noneMatch(c -> CheckResult.ASSERTION.equals(c.failure()))) {
            problems.add(where + "no @Gate check failed by its assertion");
        }
        for (CheckResult c : gates) {
            if (c.verdict() == Verdict.PASS) {
                problems.add(where + "gate '" + c.name() + "' passes on the starter");
            }
        }
        for (CheckResult c : e.checks()) {
            if (c.verdict() == Verdict.FAIL && !CheckResult.ASSERTION.equals(c.failure())) {
                problems.add(where + "'" + c.name() + "' failed by " + c.failure()
                        + ", not by the lesson: " + firstLine(c.message()));
            }
        }
    }

    private static void checkSolution(ExerciseResult red, ExerciseResult green, List<String> problems) {
        String where = green.id() + " (solution): ";
        if (green.checks().size() != red.checks().size()) {
            problems.add(where + "ran " + green.checks().size() + " checks, the starter ran " + red.checks().size());
        }
        for (CheckResult c : green.checks()) {
            if (c.verdict() == Verdict.FAIL) {
                problems.add(where + "'" + c.name() + "' fails: " + firstLine(c.message()));
            }
        }
    }

    private static String gateFailures(ExerciseResult e) {
        long failed = e.checks().stream().filter(c -> c.gate() && c.verdict() == Verdict.FAIL).count();
        long gates = e.checks().stream().filter(CheckResult::gate).count();
        return failed + "/" + gates + " gates red";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
