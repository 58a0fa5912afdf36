package course.kit.study;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one number that matters in a check's "measured" text, so that runs can be compared: the
 * stops per million, the ratio, the count of forbidden outcomes, or else the first number. The
 * study's report and the scoreboard's charts both read figures through it.
 *
 * @param value the number
 * @param unit  what it counts, as printed in the report
 */
public record KeyFigure(double value, String unit) {

    private static final Pattern PER_MILLION = Pattern.compile("\\(([\\d.,]+) per million\\)");
    private static final Pattern RATIO = Pattern.compile("^([\\d.,]+)x\\b");
    private static final Pattern FORBIDDEN = Pattern.compile("forbidden outcomes in ([\\d,]+) of");
    /** "11 of 11 choices fit", "tested 34,004 of 4,000,000 values". */
    private static final Pattern OUT_OF = Pattern.compile("^(?:\\p{L}+ )?([\\d,]+) of ([\\d,]+)");
    private static final Pattern FIRST = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*([\\p{L}%]*)");

    /** The key figure of {@code measured}, if it has a number at all. */
    public static Optional<KeyFigure> of(String measured) {
        if (measured == null || measured.isBlank()) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = PER_MILLION.matcher(measured)).find()) {
            return Optional.of(new KeyFigure(number(m.group(1)), "stops/M"));
        }
        if ((m = RATIO.matcher(measured)).find()) {
            return Optional.of(new KeyFigure(number(m.group(1)), "x"));
        }
        if ((m = FORBIDDEN.matcher(measured)).find()) {
            return Optional.of(new KeyFigure(number(m.group(1)), "forbidden"));
        }
        if ((m = OUT_OF.matcher(measured)).find()) {
            return Optional.of(new KeyFigure(number(m.group(1)), "of " + m.group(2)));
        }
        if ((m = FIRST.matcher(measured)).find()) {
            return Optional.of(new KeyFigure(number(m.group(1)), m.group(2)));
        }
        return Optional.empty();
    }

    /** Whether a higher figure is better under {@code threshold} ("at least ...", "all ..."), or a lower one. */
    static boolean higherIsBetter(String threshold) {
        return Threshold.of(threshold).map(Threshold::higherPasses).orElse(false);
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }

    /** The number alone, as the report prints it: {@code 1,204} or {@code 3.14}. */
    public String number() {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String toString() {
        return unit.equals("x") ? number() + "x" : number() + " " + unit;
    }
}
