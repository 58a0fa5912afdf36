package course.grader;

import course.kit.score.Verdict;
import java.util.ArrayList;
import java.util.List;

/** What the grader found, as the reports give it. */
final class Grades {

    /** The most characters of one text from a submission (a message, a reason, a note) that a report keeps. */
    static final int MAX_TEXT = 4_000;
    /** The most notes a chapter or a report keeps; the rest are counted. */
    static final int MAX_NOTES = 40;

    private Grades() {
    }

    /**
     * {@code text} cut to {@link #MAX_TEXT} characters, saying how much was left out: a message
     * is written by student code, and two of 10 MB each made a 30 MB report.
     */
    static String capped(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT) + " [... " + (text.length() - MAX_TEXT) + " more characters not kept]";
    }

    /** {@code notes}, each {@link #capped}, at most {@link #MAX_NOTES} of them and a line counting the rest. */
    static List<String> capped(List<String> notes) {
        List<String> kept = new ArrayList<>(notes.stream().limit(MAX_NOTES).map(Grades::capped).toList());
        if (notes.size() > MAX_NOTES) {
            kept.add("... and " + (notes.size() - MAX_NOTES) + " more notes not kept");
        }
        return List.copyOf(kept);
    }

    /**
     * One check of an exercise.
     *
     * @param name      the check's display name (from the scoreboard) or its test method
     * @param verdict   pass, fail or inconclusive, from the test report
     * @param measured  the figure it measured, if any
     * @param threshold the threshold the figure was held to, if any
     * @param message   why it failed or was inconclusive; null on a pass
     */
    record Check(String name, Verdict verdict, String measured, String threshold, String message) {
        Check {
            name = capped(name);
            measured = capped(measured);
            threshold = capped(threshold);
            message = capped(message);
        }
    }

    /**
     * One exercise.
     *
     * @param id       as in {@code 01.2}
     * @param title    what the learner achieves
     * @param points   what it is worth
     * @param earned   what it earned under the grader's inconclusive policy
     * @param verdict  pass, fail or inconclusive
     * @param reason   for anything but a pass: why, in one line or a few
     * @param checks   its checks, when they ran
     * @param attempts how many times it ran (more than one after inconclusive retries)
     */
    record Exercise(String id, String title, int points, int earned, Verdict verdict, String reason,
                    List<Check> checks, int attempts) {
        Exercise {
            reason = capped(reason);
        }
    }

    /**
     * One chapter.
     *
     * @param chapter   its directory, as in {@code 01-mutex}
     * @param points    what it is worth
     * @param earned    what it earned
     * @param outcome   how its build went: {@code graded}, {@code compile error}, {@code not submitted}
     * @param exercises its exercises, ordered by id
     * @param notes     what an instructor should know: files not taken, runs that were stopped
     * @param seconds   how long grading it took
     */
    record Chapter(String chapter, int points, int earned, String outcome, List<Exercise> exercises,
                   List<String> notes, double seconds) {
        Chapter {
            notes = capped(notes);
        }
    }

    /**
     * A whole submission.
     *
     * @param submission     what was graded, as given on the command line
     * @param gradedAt       when (UTC, ISO 8601)
     * @param score          points earned
     * @param maxScore       points available
     * @param executionTime  seconds the grading took
     * @param inconclusive   the policy for timing gates that stayed inconclusive, as in {@code retry-2,zero}
     * @param chapters       the chapters graded, in order
     * @param notes          what an instructor should know about the submission as a whole
     */
    record Report(String submission, String gradedAt, int score, int maxScore, double executionTime,
                  String inconclusive, List<Chapter> chapters, List<String> notes) {
        Report {
            notes = capped(notes);
        }
    }
}
