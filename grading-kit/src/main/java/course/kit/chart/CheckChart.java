package course.kit.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

import course.kit.score.CheckResult;
import course.kit.score.Verdict;
import course.kit.study.KeyFigure;
import course.kit.study.Threshold;

/**
 * One check's figure as an inline SVG chart: this run's figure as a dot, with its verdict in
 * words and colour; the threshold as a dashed line, the side that passes shaded green and
 * labelled; and, where the reliability study has them, the ranges the starter and the solution
 * reached in its quiet runs, as bars with their median marked.
 *
 * <p>Only a check that measured a number and holds it to a bound on one number gets a chart,
 * and only where there is something to compare: a check whose figure, threshold and study
 * ranges are all one number (no race seen, anywhere) has none. Nor has an inconclusive check:
 * its figure is the machine's calibration, not the code's.
 */
final class CheckChart {

    private static final String PASS_COLOUR = "#2e7d32";
    private static final String FAIL_COLOUR = "#c62828";
    private static final String PASS_SHADE = "#e3f4e5";
    private static final String FAIL_SHADE = "#fbe9e9";
    private static final int WIDTH = 800;
    private static final int PLOT_LEFT = 280;
    private static final int PLOT_RIGHT = 770;
    private static final int TOP = 34;
    private static final int ROW = 44;
    private static final int INSET = 16;
    private static final double CHAR_WIDTH = 6.4;
    private static final String BASELINE = "the throughput of ";

    private CheckChart() {
    }

    /** One row of the chart: a label, a smaller line under it, and what it draws at a height. */
    private record Row(String label, String colour, String detail, IntFunction<String> plot) {
    }

    /** The chart of {@code check}, a check of {@code chapter} (as the study names it), if it has one. */
    static Optional<String> svg(String chapter, CheckResult check, StudyRanges study) {
        Optional<KeyFigure> figure = KeyFigure.of(check.measured());
        Optional<Threshold> threshold = Threshold.of(check.threshold());
        if (check.verdict() == Verdict.INCONCLUSIVE || figure.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        KeyFigure f = figure.get();
        Threshold t = threshold.get();
        Optional<StudyRanges.Range> starter = study.range(chapter, check.name(), "starter", f.unit());
        Optional<StudyRanges.Range> solution = study.range(chapter, check.name(), "solution", f.unit());
        List<Double> shown = new ArrayList<>(List.of(f.value(), t.value()));
        starter.ifPresent(r -> shown.addAll(List.of(r.min(), r.max())));
        solution.ifPresent(r -> shown.addAll(List.of(r.min(), r.max())));
        if (shown.stream().distinct().count() == 1) {
            return Optional.empty();
        }
        // The figures keep clear of the plot's ends, so that a threshold at one end still shows its passing side.
        Scale scale = Scale.fitting(shown, PLOT_LEFT + INSET, PLOT_RIGHT - INSET);

        boolean pass = check.verdict() == Verdict.PASS;
        String colour = pass ? PASS_COLOUR : FAIL_COLOUR;
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("this run: " + (pass ? "PASS" : "FAIL"), colour, f.toString(), y -> dot(scale, f, colour, y)));
        starter.ifPresent(r -> rows.add(new Row("the starter, in the study", "#37474f", spread(r, f.unit()),
                y -> bar(scale, r, "#b0bec5", y))));
        solution.ifPresent(r -> rows.add(new Row("the solution, in the study", "#37474f", spread(r, f.unit()),
                y -> bar(scale, r, "#5c7cfa", y))));

        int axis = TOP + rows.size() * ROW;
        int height = axis + 46;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\">%n", WIDTH, height, WIDTH, height));
        svg.append("<title>").append(ScoreboardPage.escape(check.name() + ": " + f + ", threshold " + t.text()))
                .append("</title>\n");
        svg.append(sides(scale.x(t.value()), t.higherPasses(), axis));
        svg.append(axisLines(scale, axis, f.unit()));
        svg.append(thresholdLine(scale.x(t.value()), t, axis));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int middle = TOP + i * ROW + ROW / 2;
            svg.append(text(12, middle - 3, "start", 13, row.colour(), "bold", row.label()));
            svg.append(text(12, middle + 13, "start", 11, "#555", "normal", row.detail()));
            svg.append(row.plot().apply(middle));
        }
        svg.append(text((PLOT_LEFT + PLOT_RIGHT) / 2.0, axis + 38, "middle", 12, "#333", "normal",
                caption(f, check.measured()) + (scale.logarithmic() ? " (log scale)" : "")));
        svg.append("</svg>\n");
        return Optional.of(svg.toString());
    }

    /** The passing side shaded green, the failing side red, each named where there is room. */
    private static String sides(double x, boolean higherPasses, int axis) {
        double passFrom = higherPasses ? x : PLOT_LEFT;
        double passTo = higherPasses ? PLOT_RIGHT : x;
        double failFrom = higherPasses ? PLOT_LEFT : x;
        double failTo = higherPasses ? x : PLOT_RIGHT;
        StringBuilder out = new StringBuilder();
        out.append(rect(passFrom, TOP - 6, passTo - passFrom, axis - TOP + 6, PASS_SHADE));
        out.append(rect(failFrom, TOP - 6, failTo - failFrom, axis - TOP + 6, FAIL_SHADE));
        if (passTo - passFrom > 60) {
            out.append(halo(PASS_SHADE, text(higherPasses ? passTo - 6 : passFrom + 6, TOP + 8,
                    higherPasses ? "end" : "start", 11, PASS_COLOUR, "bold", "passes")));
        }
        if (failTo - failFrom > 60) {
            out.append(halo(FAIL_SHADE, text(higherPasses ? failFrom + 6 : failTo - 6, TOP + 8,
                    higherPasses ? "start" : "end", 11, FAIL_COLOUR, "bold", "fails")));
        }
        return out.toString();
    }

    /** The threshold as a dashed line, its text on one side and an arrow to the passing side on the other. */
    private static String thresholdLine(double x, Threshold t, int axis) {
        String words = "threshold: " + t.text();
        String arrow = t.higherPasses() ? "passes \u2192" : "\u2190 passes";
        String leftText = t.higherPasses() ? words : arrow;
        String rightText = t.higherPasses() ? arrow : words;
        double shift = Math.min(0, WIDTH - 4 - (x + 6 + width(rightText)))
                + Math.max(0, 4 - (x - 6 - width(leftText)));
        return String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\" stroke-width=\"2\" "
                        + "stroke-dasharray=\"6 4\"/>%n", x, TOP - 12, x, axis)
                + text(x - 6 + shift, TOP - 16, "end", 12, "#222", "bold", leftText)
                + text(x + 6 + shift, TOP - 16, "start", 12, "#222", "bold", rightText);
    }

    private static String axisLines(Scale scale, int axis, String unit) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", PLOT_LEFT, axis, PLOT_RIGHT, axis));
        for (double tick : scale.ticks()) {
            double x = scale.x(tick);
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>%n",
                    x, TOP - 6, x, axis + 4));
            out.append(text(x, axis + 17, "middle", 11, "#555", "normal",
                    Scale.label(tick) + (unit.equals("x") ? "x" : "")));
        }
        return out.toString();
    }

    private static String dot(Scale scale, KeyFigure f, String colour, int y) {
        double x = scale.x(f.value());
        boolean labelLeft = x > PLOT_RIGHT - 80;
        return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"7\" fill=\"%s\" stroke=\"#fff\" "
                + "stroke-width=\"1.5\"/>%n", x, y, colour)
                + halo("#fff", text(labelLeft ? x - 11 : x + 11, y + 4, labelLeft ? "end" : "start", 12, colour,
                "bold", f.toString()));
    }

    /** A range as a bar from its lowest to its highest figure, its median a dark tick. */
    private static String bar(Scale scale, StudyRanges.Range r, String fill, int y) {
        double from = Math.min(scale.x(r.min()), scale.x(r.median()) - 3);
        double to = Math.max(scale.x(r.max()), scale.x(r.median()) + 3);
        return rect(from, y - 6, to - from, 12, fill) + rect(scale.x(r.median()) - 1.25, y - 9, 2.5, 18, "#263238");
    }

    /** "0.62x - 1.13x in 14 quiet runs", or "0 in all 14 quiet runs". */
    private static String spread(StudyRanges.Range r, String unit) {
        String suffix = unit.equals("x") ? "x" : "";
        String min = new KeyFigure(r.min(), unit).number() + suffix;
        if (r.min() == r.max()) {
            return min + (r.runs() == 1 ? " in 1 quiet run" : " in all " + r.runs() + " quiet runs");
        }
        return min + " \u2013 " + new KeyFigure(r.max(), unit).number() + suffix + " in " + r.runs() + " quiet runs";
    }

    /**
     * What the axis counts, in words: for a ratio, the baseline it is a multiple of; for a count,
     * the words after its number in the measured text.
     */
    private static String caption(KeyFigure f, String measured) {
        String words = measured.replaceFirst("^\\D*?\\d[\\d,.]*\\s*", "").split("[(,]")[0].strip();
        int baseline = measured.indexOf(BASELINE);
        return switch (f.unit()) {
            case "x" -> baseline < 0 ? "times the throughput of the baseline, measured in the same run"
                    : "times " + measured.substring(baseline).split("\\(")[0].strip() + ", measured in the same run";
            case "stops/M" -> "times a thread stopped to wait, per million operations";
            case "forbidden" -> "forbidden outcomes jcstress saw";
            default -> words.isEmpty() ? f.unit() : words;
        };
    }

    /** {@code text} outlined in {@code colour}, so that lines under it do not cross its letters. */
    private static String halo(String colour, String text) {
        return "<g stroke=\"" + colour + "\" stroke-width=\"3\" paint-order=\"stroke\">\n" + text + "</g>\n";
    }

    private static String rect(double x, double y, double width, double height, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                x, y, Math.max(0, width), height, fill);
    }

    private static String text(double x, double y, String anchor, int size, String fill, String weight, String words) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\" "
                + "font-weight=\"%s\">%s</text>%n", x, y, anchor, size, fill, weight, ScoreboardPage.escape(words));
    }

    private static double width(String words) {
        return words.length() * CHAR_WIDTH;
    }
}
