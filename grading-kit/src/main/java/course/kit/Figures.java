package course.kit;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.TestReporter;
import org.opentest4j.TestAbortedException;

/**
 * How a check tells the scoreboard what it measured. A check publishes its figure and the
 * threshold it was held to; the scoreboard prints them next to the verdict.
 */
public final class Figures {

    /** Report key of the measured figure, read by the scoreboard. */
    public static final String MEASURED = "measured";
    /** Report key of the threshold the figure was held to, read by the scoreboard. */
    public static final String THRESHOLD = "threshold";

    private Figures() {
    }

    /** Publishes a measured figure and its threshold for the scoreboard. */
    public static void report(TestReporter reporter, String measured, String threshold) {
        reporter.publishEntry(Map.of(MEASURED, measured, THRESHOLD, threshold));
    }

    /**
     * Ends the check as inconclusive: this machine cannot measure what the check needs (for
     * example, it shows no parallelism). The scoreboard reports it as such; it never counts as
     * a pass.
     */
    public static TestAbortedException inconclusive(String why) {
        return new TestAbortedException("INCONCLUSIVE: " + why);
    }

    /** Formats a count with thousands separators, as in {@code 1,204}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Formats a ratio with two decimals, as in {@code 3.14x}. */
    public static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2fx", r);
    }
}
