package course.kit.study;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check's threshold text read as one number and the side of it that passes, so that a chart
 * can draw it: {@code at least 5.00x} and {@code all 11} pass at or above their number;
 * {@code below 1.0 per million}, {@code under 2,000,000 values}, {@code at most 64},
 * {@code within 1000 ms, 0 calls} and a bare {@code 0} pass at or below it. A text that is not
 * a bound on one number ({@code no deadlock}, {@code 2,000 lines, in order}, the calibration of
 * an inconclusive timing) has none.
 *
 * @param value        the number the figure is held to
 * @param higherPasses whether figures above it pass (else figures below it do)
 * @param text         the threshold as the check reported it
 */
public record Threshold(double value, boolean higherPasses, String text) {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
    private static final Pattern BOUND = Pattern.compile("^(at least|all|below|under|at most|within|less than)\\s+(.*)$");

    /** The threshold {@code text} states, if it is a bound on one number. */
    public static Optional<Threshold> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (NUMBER.matcher(t).matches()) {
            return Optional.of(new Threshold(number(t), false, t));
        }
        Matcher bound = BOUND.matcher(t);
        if (!bound.matches()) {
            return Optional.empty();
        }
        Matcher n = NUMBER.matcher(bound.group(2));
        if (!n.lookingAt()) {
            return Optional.empty();
        }
        boolean higher = bound.group(1).equals("at least") || bound.group(1).equals("all");
        return Optional.of(new Threshold(number(n.group()), higher, t));
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
