package course.kit.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Places figures along a chart's horizontal axis, between two pixel positions. Linear, unless
 * the positive figures span more than {@link #LOG_SPAN} times from smallest to largest (a ratio
 * of 0.7x against one of 400x, 3 forbidden outcomes against 500,000); then logarithmic, in whole
 * decades. On a logarithmic axis, zero (and anything below) has a place of its own at the left
 * end, a short gap before the first decade, so that "none at all" is still drawn. Figures that
 * are all whole numbers (counts) get ticks no closer than 1.
 */
final class Scale {

    /** From this spread of the positive figures on, the axis is logarithmic. */
    static final double LOG_SPAN = 30;
    private static final double ZERO_GAP = 36;
    private static final int LINEAR_TICKS = 5;

    private final double left;
    private final double right;
    private final boolean log;
    private final boolean zero;
    private final double low;
    private final double high;
    private final double step;

    private Scale(double left, double right, boolean log, boolean zero, double low, double high, double step) {
        this.left = left;
        this.right = right;
        this.log = log;
        this.zero = zero;
        this.low = low;
        this.high = high;
        this.step = step;
    }

    /** An axis from {@code left} to {@code right} pixels that shows every one of {@code figures}. */
    static Scale fitting(List<Double> figures, double left, double right) {
        List<Double> finite = figures.stream().filter(Double::isFinite).toList();
        double min = finite.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = finite.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double minPositive = finite.stream().filter(v -> v > 0).mapToDouble(Double::doubleValue).min().orElse(0);
        if (minPositive > 0 && max / minPositive > LOG_SPAN) {
            double low = Math.pow(10, Math.floor(Math.log10(minPositive)));
            double high = Math.pow(10, Math.ceil(Math.log10(max)));
            return new Scale(left, right, true, min <= 0, low, high, 0);
        }
        double from = Math.min(0, min);
        double to = max > from ? max : from + 1;
        boolean counts = finite.stream().allMatch(v -> v == Math.rint(v));
        double step = niceStep((to - from) / LINEAR_TICKS);
        if (counts) {
            step = Math.max(1, step);
        }
        double low = Math.floor(from / step) * step;
        double high = Math.ceil(to / step) * step;
        return new Scale(left, right, false, false, low, high, step);
    }

    /** Whether the axis is logarithmic. */
    boolean logarithmic() {
        return log;
    }

    /** The pixel position of {@code figure}, clamped to the axis. */
    double x(double figure) {
        if (!Double.isFinite(figure)) {
            return figure > 0 ? right : left;
        }
        double at;
        if (log) {
            if (figure <= 0) {
                return left;
            }
            double from = zero ? left + ZERO_GAP : left;
            at = from + (Math.log10(figure) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)) * (right - from);
        } else {
            at = left + (figure - low) / (high - low) * (right - left);
        }
        return Math.max(left, Math.min(right, at));
    }

    /** The figures to mark on the axis: whole decades (and zero) on a log axis, even steps otherwise. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            if (zero) {
                ticks.add(0.0);
            }
            int decades = (int) Math.round(Math.log10(high / low));
            int every = decades > 8 ? 2 : 1;
            for (int d = 0; d <= decades; d += every) {
                ticks.add(low * Math.pow(10, d));
            }
        } else {
            for (int i = 0; low + i * step <= high + step / 1000; i++) {
                ticks.add(low + i * step);
            }
        }
        return ticks;
    }

    /** A tick's label: short, as in {@code 0}, {@code 0.5}, {@code 20}, {@code 10k}, {@code 1M}. */
    static String label(double tick) {
        double size = Math.abs(tick);
        if (size >= 1e6) {
            return trim(tick / 1e6) + "M";
        }
        if (size >= 1e4) {
            return trim(tick / 1e3) + "k";
        }
        return trim(tick);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("\\.?0+$", "");
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
