package course.kit.score;

import java.util.List;

/**
 * An exercise with the results of all its checks.
 *
 * @param id     as in {@code 01.2}
 * @param title  what the learner achieves
 * @param points what it is worth
 * @param hint   where to look when it is red
 * @param checks its checks, in the order they ran
 */
public record ExerciseResult(String id, String title, int points, String hint, List<CheckResult> checks) {

    /** Fail if any check failed, else inconclusive if any was, else pass. */
    public Verdict verdict() {
        if (checks.isEmpty()) {
            return Verdict.FAIL;
        }
        return checks.stream().map(CheckResult::verdict).max(Enum::compareTo).orElseThrow();
    }

    /** The points earned: all of them on a pass, none otherwise. */
    public int earned() {
        return verdict() == Verdict.PASS ? points : 0;
    }
}
