package course.kit.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the learner commands read from a chapter's {@code README.md}: the rows of its exercise
 * table (id, title, file to edit, points) and the numbered steps under each
 * {@code ### Hints for NN.N} heading. The README stays the one place where both are written.
 *
 * @param exercises the exercise table's rows, in the order they appear
 * @param hints     each exercise id's hint steps, in order; an id without a section is absent
 */
public record ChapterReadme(List<Row> exercises, Map<String, List<String>> hints) {

    /**
     * One row of the exercise table.
     *
     * @param id     as in {@code 01.2}
     * @param title  the exercise's title
     * @param file   the file to edit, relative to the chapter (null when the row names none)
     * @param points what it is worth (0 when the row does not say)
     */
    public record Row(String id, String title, String file, int points) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d\\d\\.\\d+)\\s*\\|(.*)\\|\\s*$");
    private static final Pattern JAVA_FILE = Pattern.compile("`([^`]+\\.java)`");
    private static final Pattern HINTS = Pattern.compile("^###\\s+Hints for\\s+(\\d\\d\\.\\d+)\\s*$");
    private static final Pattern STEP = Pattern.compile("^(\\d+)\\.\\s+(.*)$");

    /** Reads {@code readme}; a missing file reads as a README without exercises or hints. */
    public static ChapterReadme read(Path readme) {
        if (!Files.isRegularFile(readme)) {
            return new ChapterReadme(List.of(), Map.of());
        }
        try {
            return parse(Files.readString(readme));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + readme, e);
        }
    }

    /** Parses a README's text. */
    public static ChapterReadme parse(String text) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> hints = new LinkedHashMap<>();
        List<String> steps = null;
        StringBuilder step = null;
        for (String line : text.split("\\R", -1)) {
            Matcher row = ROW.matcher(line);
            if (row.matches() && rows.stream().noneMatch(r -> r.id().equals(row.group(1)))) {
                rows.add(row(row.group(1), row.group(2).split("\\|", -1)));
                continue;
            }
            Matcher heading = HINTS.matcher(line);
            if (line.startsWith("#")) {
                end(steps, step);
                step = null;
                steps = null;
                if (heading.matches()) {
                    steps = hints.computeIfAbsent(heading.group(1), k -> new ArrayList<>());
                }
                continue;
            }
            if (steps == null) {
                continue;
            }
            Matcher start = STEP.matcher(line);
            if (start.matches()) {
                end(steps, step);
                step = new StringBuilder(start.group(2).strip());
            } else if (step != null && !line.isBlank()) {
                step.append(' ').append(line.strip());
            }
        }
        end(steps, step);
        return new ChapterReadme(List.copyOf(rows), java.util.Collections.unmodifiableMap(hints));
    }

    /** The table row of exercise {@code id}, if the table lists it. */
    public Optional<Row> row(String id) {
        return exercises.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The hint steps of exercise {@code id}; empty when the README has none. */
    public List<String> hintsFor(String id) {
        return hints.getOrDefault(id, List.of());
    }

    private static Row row(String id, String[] cells) {
        String title = cells.length > 0 ? cells[0].strip() : "";
        String file = null;
        int points = 0;
        for (int i = 1; i < cells.length; i++) {
            String cell = cells[i].strip();
            Matcher java = JAVA_FILE.matcher(cell);
            if (file == null && java.find()) {
                file = java.group(1);
            } else if (points == 0 && cell.matches("\\d+")) {
                points = Integer.parseInt(cell);
            }
        }
        return new Row(id, title, file, points);
    }

    private static void end(List<String> steps, StringBuilder step) {
        if (steps != null && step != null) {
            steps.add(step.toString());
        }
    }
}
