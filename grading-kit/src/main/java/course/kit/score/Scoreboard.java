package course.kit.score;

import java.util.List;
import java.util.Optional;

/**
 * A chapter's exercises after one test run: what the learner sees after {@code mvn test}, and
 * what the course proof and the instructor's grader read from {@code target/scoreboard.json}.
 *
 * @param chapter   the chapter (Maven artifact) that ran
 * @param exercises its exercises, ordered by id
 */
public record Scoreboard(String chapter, List<ExerciseResult> exercises) {

    /** Points earned in this run. */
    public int earned() {
        return exercises.stream().mapToInt(ExerciseResult::earned).sum();
    }

    /** Points available in the chapter. */
    public int available() {
        return exercises.stream().mapToInt(ExerciseResult::points).sum();
    }

    /** Exercises passed. */
    public long passed() {
        return exercises.stream().filter(e -> e.verdict() == Verdict.PASS).count();
    }

    /** The first exercise that is not passed yet: where the learner should look next. */
    public Optional<ExerciseResult> next() {
        return exercises.stream().filter(e -> e.verdict() != Verdict.PASS).findFirst();
    }
}
