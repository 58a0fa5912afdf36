package course.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the {@code @Exercise} annotations of a chapter's test sources. The grader takes the
 * exercises, their points and their test classes from the pristine sources, so nothing a
 * submission compiles or writes at run time can change what an exercise is worth.
 *
 * <p>It understands what the course writes: {@code @Exercise(id = "..", title = "..", points = N,
 * hint = ".." + "..")} on a test class. Anything else in a test file is left alone.
 */
final class ExerciseScanner {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern RACE_TEST = Pattern.compile("verdictOf\\(\\s*([\\w.]+)\\.class");
    private static final Pattern CLASS_AFTER = Pattern.compile("\\b(?:class|record|interface)\\s+(\\w+)");
    /** A JUnit test method: {@code @Test}, perhaps more annotations, then {@code void name(}. */
    private static final Pattern TEST_METHOD = Pattern.compile("@Test\\b[\\s\\S]*?\\bvoid\\s+(\\w+)\\s*\\(");

    private ExerciseScanner() {
    }

    /** The exercises declared under {@code testSources}, ordered by id. */
    static List<ExerciseSpec> scan(Path testSources) {
        if (!Files.isDirectory(testSources)) {
            return List.of();
        }
        List<ExerciseSpec> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(testSources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(scanFile(file, Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test sources in " + testSources, e);
        }
        found.sort(Comparator.comparing(ExerciseSpec::id));
        return List.copyOf(found);
    }

    /** The exercises declared in one source file. */
    static List<ExerciseSpec> scanFile(Path file, String source) {
        String topClass = file.getFileName().toString().replaceFirst("\\.java$", "");
        Matcher pkg = PACKAGE.matcher(source);
        String prefix = pkg.find() ? pkg.group(1) + "." : "";
        List<ExerciseSpec> found = new ArrayList<>();
        int at = 0;
        while ((at = source.indexOf("@Exercise(", at)) >= 0) {
            int next = source.indexOf("@Exercise(", at + 1);
            int open = at + "@Exercise".length();
            int close = closingParen(source, open);
            Map<String, Object> attributes = attributes(source.substring(open + 1, close), file);
            Matcher cls = CLASS_AFTER.matcher(source);
            if (!cls.find(close)) {
                throw new IllegalArgumentException(file + ": @Exercise is not followed by a class");
            }
            String name = cls.group(1).equals(topClass) ? topClass : topClass + "$" + cls.group(1);
            found.add(new ExerciseSpec(required(attributes, "id", file), required(attributes, "title", file),
                    Integer.parseInt(required(attributes, "points", file)),
                    String.valueOf(attributes.getOrDefault("hint", "")), prefix + name, raceTests(source, prefix),
                    testMethods(source.substring(cls.end(), next < 0 ? source.length() : next))));
            at = close;
        }
        return found;
    }

    /** The names of the {@code @Test} methods in {@code body}, in the order they are declared. */
    private static List<String> testMethods(String body) {
        List<String> names = new ArrayList<>();
        Matcher m = TEST_METHOD.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /** The jcstress tests a test file asks verdicts of, resolved through its imports. */
    private static List<String> raceTests(String source, String packagePrefix) {
        List<String> names = new ArrayList<>();
        Matcher m = RACE_TEST.matcher(source);
        while (m.find()) {
            String name = m.group(1);
            if (!name.contains(".")) {
                Matcher imported = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+\\." + Pattern.quote(name) + ")\\s*;")
                        .matcher(source);
                name = imported.find() ? imported.group(1) : packagePrefix + name;
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static String required(Map<String, Object> attributes, String name, Path file) {
        Object value = attributes.get(name);
        if (value == null) {
            throw new IllegalArgumentException(file + ": @Exercise without " + name);
        }
        return value.toString();
    }

    /** The index of the parenthesis that closes the one at {@code open}, skipping string literals. */
    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfString(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced @Exercise(...)");
    }

    private static int endOfString(String s, int quote) {
        for (int i = quote + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated string literal");
    }

    /** {@code name = "a" + "b", points = 3} as a map of names to strings and integers. */
    private static Map<String, Object> attributes(String body, Path file) {
        Map<String, Object> out = new HashMap<>();
        int i = 0;
        while (i < body.length()) {
            int eq = body.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = body.substring(i, eq).strip();
            StringBuilder text = new StringBuilder();
            StringBuilder bare = new StringBuilder();
            boolean quoted = false;
            int j = eq + 1;
            for (; j < body.length() && body.charAt(j) != ','; j++) {
                char c = body.charAt(j);
                if (c == '"') {
                    int end = endOfString(body, j);
                    text.append(unescape(body.substring(j + 1, end)));
                    quoted = true;
                    j = end;
                } else if (!Character.isWhitespace(c) && c != '+') {
                    bare.append(c);
                }
            }
            if (!quoted && bare.isEmpty()) {
                throw new IllegalArgumentException(file + ": @Exercise attribute " + name + " has no value");
            }
            out.put(name, quoted ? text.toString() : bare.toString());
            i = j + 1;
        }
        return out;
    }

    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                char n = literal.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
