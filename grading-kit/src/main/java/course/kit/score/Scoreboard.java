package course.kit.score;

import java.util.List;
import java.util.Optional;

/**
 * A chapter's exercises after one test run: what the learner sees after {@code mvn test}, and
 * what the course proof and the instructor's grader read from {@code target/scoreboard.json}.
 *
 * @param chapter   the chapter (Maven artifact) that ran
 * @param exercises its exercises, ordered by id
 * @param earlier   the exercises with results of an earlier run: a partial run (one test class,
 *                  one check) keeps what it did not run ({@link ScoreboardFile#completed})
 */
public record Scoreboard(String chapter, List<ExerciseResult> exercises, List<String> earlier) {

    public Scoreboard {
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
    }

    /** A board whose every result comes from the run that wrote it. */
    public Scoreboard(String chapter, List<ExerciseResult> exercises) {
        this(chapter, exercises, List.of());
    }

    /** Only the exercises this run judged in full: what a proof or a study may count. */
    public Scoreboard ranNow() {
        return new Scoreboard(chapter, exercises.stream().filter(e -> !earlier.contains(e.id())).toList());
    }

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
