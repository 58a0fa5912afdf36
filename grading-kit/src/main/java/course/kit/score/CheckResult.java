package course.kit.score;

/**
 * One graded check of an exercise, as it ran.
 *
 * @param name      the check's display name
 * @param verdict   pass, fail or inconclusive
 * @param gate      whether this check embodies the lesson ({@link course.kit.Gate})
 * @param failure   how it failed: {@code assertion} (the check's own assertion), {@code error}
 *                  (an exception, a timeout, a check that could not run), {@code skipped};
 *                  null when it did not fail
 * @param message   the failure or inconclusive message, null on a pass
 * @param measured  the figure the check measured, if it reported one
 * @param threshold the threshold the figure was held to, if any
 */
public record CheckResult(String name, Verdict verdict, boolean gate, String failure, String message,
                          String measured, String threshold) {

    /** Failure kind: the check's own assertion failed. */
    public static final String ASSERTION = "assertion";
    /** Failure kind: an exception other than an assertion, or a timeout. */
    public static final String ERROR = "error";
    /** Failure kind: the check was skipped; a check that does not run never passes. */
    public static final String SKIPPED = "skipped";

    /**
     * Whether the check named {@code name} is timed: a timing check names its benchmark harness,
     * "(JMH)". Only a timed check may be inconclusive because the machine is busy.
     */
    public static boolean isTiming(String name) {
        return name.endsWith("(JMH)");
    }
}
