package course.kit.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.Verdict;

@DisplayName("ChapterProof: starter red for its lesson, solution green")
class ChapterProofTest {

    private static CheckResult gate(Verdict v, String failure) {
        return new CheckResult("gate", v, true, failure, v == Verdict.PASS ? null : "why", null, null);
    }

    private static CheckResult spec(Verdict v, String failure) {
        return new CheckResult("spec", v, false, failure, v == Verdict.PASS ? null : "why", null, null);
    }

    private static Scoreboard board(CheckResult... checks) {
        return new Scoreboard("ch", List.of(new ExerciseResult("01.1", "t", 1, "", List.of(checks))));
    }

    private static List<String> problems(Scoreboard starter, Scoreboard solution) {
        List<String> problems = new ArrayList<>();
        ChapterProof.check(starter, solution, problems, new ArrayList<>());
        return problems;
    }

    private final Scoreboard green = board(gate(Verdict.PASS, null), spec(Verdict.PASS, null));

    @Test
    @DisplayName("holds when the gate fails by assertion on the starter and all passes on the solution")
    void holds() {
        assertThat(problems(board(gate(Verdict.FAIL, CheckResult.ASSERTION), spec(Verdict.PASS, null)), green))
                .isEmpty();
    }

    @Test
    @DisplayName("fails when the starter fails only by a crash")
    void crashIsNotTheLesson() {
        assertThat(problems(board(gate(Verdict.FAIL, CheckResult.ERROR), spec(Verdict.PASS, null)), green))
                .anyMatch(p -> p.contains("failed by error"));
    }

    @Test
    @DisplayName("fails when a non-gate check fails but the gate passes on the starter")
    void gateMustBeRed() {
        assertThat(problems(board(gate(Verdict.PASS, null), spec(Verdict.FAIL, CheckResult.ASSERTION)), green))
                .anyMatch(p -> p.contains("passes on the starter"));
    }

    @Test
    @DisplayName("fails when the solution fails a check")
    void solutionMustBeGreen() {
        Scoreboard red = board(gate(Verdict.FAIL, CheckResult.ASSERTION), spec(Verdict.PASS, null));
        assertThat(problems(red, board(gate(Verdict.PASS, null), spec(Verdict.FAIL, CheckResult.ASSERTION))))
                .anyMatch(p -> p.contains("(solution)"));
    }

    @Test
    @DisplayName("accepts an inconclusive timing gate on the solution")
    void inconclusiveSolution() {
        Scoreboard red = board(gate(Verdict.FAIL, CheckResult.ASSERTION), spec(Verdict.PASS, null));
        assertThat(problems(red, board(gate(Verdict.INCONCLUSIVE, null), spec(Verdict.PASS, null)))).isEmpty();
    }
}
