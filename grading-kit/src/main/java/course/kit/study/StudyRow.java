package course.kit.study;

import java.util.ArrayList;
import java.util.List;

/**
 * One check of one exercise in one proof run of the reliability study: a line of
 * {@code docs/reliability/runs.csv}.
 *
 * @param started   when the run started (ISO-8601)
 * @param condition {@code quiet} or {@code loaded}
 * @param chapter   the chapter's module name
 * @param run       the run's id, unique per chapter and condition: the commit, when the study
 *                  started, and the round (ids of the first study lack the commit)
 * @param load      the one-minute load average when the run started (-1 where unknown)
 * @param side      {@code starter} or {@code solution}
 * @param exercise  the exercise id
 * @param verdict   the exercise's verdict
 * @param check     the check's name
 * @param gate      whether the check is the exercise's gate
 * @param result    the check's verdict, with {@code :error} or {@code :skipped} when it failed
 *                  other than by its own assertion
 * @param measured  the figure it reported, or empty
 * @param threshold the threshold it reported, or empty
 * @param seconds   wall time of the whole proof run (starter and solution), seconds
 */
public record StudyRow(String started, String condition, String chapter, String run, double load, String side,
                       String exercise, String verdict, String check, boolean gate, String result,
                       String measured, String threshold, long seconds) {

    /** Where the study keeps its rows, from the course's root folder. */
    public static final String FILE = "docs/reliability/runs.csv";

    /** The CSV header line. */
    public static final String HEADER =
            "started,condition,chapter,run,load,side,exercise,verdict,check,gate,result,measured,threshold,seconds";

    /** This row as one CSV line. */
    public String toCsv() {
        return String.join(",", started, condition, chapter, run, String.valueOf(load), side, exercise, verdict,
                quote(check), String.valueOf(gate), result, quote(measured), quote(threshold), String.valueOf(seconds));
    }

    /** Parses a line written by {@link #toCsv()}. */
    public static StudyRow fromCsv(String line) {
        List<String> f = split(line);
        if (f.size() != 14) {
            throw new IllegalArgumentException("expected 14 fields, found " + f.size() + ": " + line);
        }
        return new StudyRow(f.get(0), f.get(1), f.get(2), f.get(3), Double.parseDouble(f.get(4)), f.get(5),
                f.get(6), f.get(7), f.get(8), Boolean.parseBoolean(f.get(9)), f.get(10), f.get(11), f.get(12),
                Long.parseLong(f.get(13)));
    }

    private static String quote(String text) {
        String flat = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        return "\"" + flat.replace("\"", "\"\"") + "\"";
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
