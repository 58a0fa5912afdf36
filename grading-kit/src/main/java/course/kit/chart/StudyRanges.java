package course.kit.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import course.kit.study.KeyFigure;
import course.kit.study.StudyRow;

/**
 * Where the starter's and the solution's figures of each check usually land: their range over
 * the quiet runs of the course's reliability study ({@code docs/reliability/runs.csv}). A chart
 * draws them next to this run's figure. Figures of inconclusive checks are calibrations of the
 * machine, not measurements of the code, and are left out.
 */
public final class StudyRanges {

    private static final int LEVELS_UP = 4;

    private final List<StudyRow> quiet;

    /**
     * One side's figures for one check.
     *
     * @param min    the lowest
     * @param median the middle one (the higher of the two middle ones for an even count)
     * @param max    the highest
     * @param runs   how many runs measured it
     */
    public record Range(double min, double median, double max, int runs) {
    }

    private StudyRanges(List<StudyRow> rows) {
        this.quiet = rows.stream().filter(r -> r.condition().equals("quiet")).toList();
    }

    /** Ranges over {@code rows}; only the quiet ones count. */
    public static StudyRanges of(List<StudyRow> rows) {
        return new StudyRanges(rows);
    }

    /**
     * The study found in {@code dir} or a folder above it (a module's {@code target/} lies one or
     * two levels below the course's root). No file, or one that cannot be read, gives no ranges:
     * a chart without them is still a chart.
     */
    public static StudyRanges near(Path dir) {
        Path at = dir.toAbsolutePath();
        for (int up = 0; at != null && up <= LEVELS_UP; up++, at = at.getParent()) {
            Path csv = at.resolve(StudyRow.FILE);
            if (Files.isRegularFile(csv)) {
                return new StudyRanges(read(csv));
            }
        }
        return new StudyRanges(List.of());
    }

    /**
     * The range of {@code side}'s ({@code starter} or {@code solution}) figures for the check named
     * {@code check} in {@code chapter}, counting only figures in {@code unit}; empty if the study
     * has none.
     */
    public Optional<Range> range(String chapter, String check, String side, String unit) {
        List<Double> figures = quiet.stream()
                .filter(r -> r.chapter().equals(chapter) && r.check().equals(check) && r.side().equals(side))
                .filter(r -> !r.result().startsWith("INCONCLUSIVE"))
                .map(r -> KeyFigure.of(r.measured())).flatMap(Optional::stream)
                .filter(f -> f.unit().equals(unit))
                .map(KeyFigure::value).sorted().toList();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Range(figures.get(0), figures.get(figures.size() / 2),
                figures.get(figures.size() - 1), figures.size()));
    }

    private static List<StudyRow> read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            return List.of();
        }
        List<StudyRow> rows = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            try {
                rows.add(StudyRow.fromCsv(line));
            } catch (RuntimeException unreadable) {
                // A line this version cannot read is no reference; the others still are.
            }
        }
        return rows;
    }
}
