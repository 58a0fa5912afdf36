package course.kit.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text layout shared by the learner commands: rules, wrapping, right-aligned figures. */
final class Text {

    static final int WIDTH = 78;
    static final String RULE = "=".repeat(WIDTH);

    private Text() {
    }

    /** {@code left}, then {@code right} ending at the right margin. */
    static String spread(String left, String right) {
        return left + " ".repeat(Math.max(1, WIDTH - left.length() - right.length())) + right;
    }

    /** {@code text} wrapped at the right margin, every line starting with {@code indent}. */
    static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** {@code text} as a wrapped paragraph indented by one space, ending with a newline. */
    static String paragraph(String text) {
        return String.join("\n", wrap(text, " ")) + "\n";
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
