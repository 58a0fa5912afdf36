package course.kit.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One answer of a chapter's corpus: a folder {@code <exercise id>-<what it does>} with the Java
 * files a student might have written and a {@link #NOTE} whose first line says what the answer
 * must get from the checks.
 *
 * @param name         the folder's name, as {@code 01.2-spin-lock}
 * @param exercise     the exercise it answers, as {@code 01.2}
 * @param sources      its Java files
 * @param failingCheck the display name of the check that must fail it; null for an accepted answer
 */
public record Answer(String name, String exercise, List<Path> sources, String failingCheck) {

    /** The note in each answer folder. */
    public static final String NOTE = "README.md";

    private static final Pattern FOLDER = Pattern.compile("(\\d\\d\\.\\d+)-[a-z0-9-]+");
    private static final Pattern FAILS = Pattern.compile("Expected: fails \"(.+)\"");
    private static final String PASSES = "Expected: passes";

    /** Whether the checks must accept the answer. */
    public boolean accepted() {
        return failingCheck == null;
    }

    /** Whether this answer and {@code other} answer one exercise or replace a file of the same name: then they cannot share a run. */
    public boolean overlaps(Answer other) {
        return exercise.equals(other.exercise) || sources.stream().map(Path::getFileName)
                .anyMatch(name -> other.sources.stream().map(Path::getFileName).anyMatch(name::equals));
    }

    /**
     * Whether code of other exercises builds on a class this answer replaces: some file of
     * {@code solutionSources}, other than the replaced one, names it. Such an answer runs alone,
     * so that no other exercise is graded on top of it.
     */
    public boolean replacesClassUsedBy(List<Path> solutionSources) {
        return sources.stream().map(p -> p.getFileName().toString()).anyMatch(file -> {
            Pattern named = Pattern.compile("\\b" + Pattern.quote(file.replaceFirst("\\.java$", "")) + "\\b");
            return solutionSources.stream().filter(other -> !other.getFileName().toString().equals(file))
                    .anyMatch(other -> named.matcher(contents(other)).find());
        });
    }

    private static String contents(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jcstress {@code -t} filter for the race tests of the classes this answer replaces ({@code Class_NN_Finding}). */
    public String raceTests() {
        return sources.stream().map(p -> p.getFileName().toString().replaceFirst("\\.java$", ""))
                .collect(Collectors.joining("|", ".*\\.(?:", ")_\\d\\d_.*"));
    }

    /** Every answer under {@code corpus}, by name; none when the folder does not exist. */
    public static List<Answer> all(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(corpus)) {
            return folders.filter(Files::isDirectory).sorted().map(Answer::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one answer folder; a folder that is not a well-formed answer is refused with what is wrong. */
    static Answer read(Path folder) {
        String name = folder.getFileName().toString();
        Matcher id = FOLDER.matcher(name);
        if (!id.matches()) {
            throw new IllegalArgumentException(folder + ": an answer folder is named <exercise id>-<what-it-does>, "
                    + "lower case, as 01.2-spin-lock");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            if (sources.isEmpty()) {
                throw new IllegalArgumentException(folder + " has no Java file");
            }
            Path note = folder.resolve(NOTE);
            if (!Files.exists(note)) {
                throw new IllegalArgumentException(folder + " has no " + NOTE + " saying what the answer must get");
            }
            String first = Files.readAllLines(note).stream().findFirst().orElse("").strip();
            Matcher fails = FAILS.matcher(first);
            if (fails.matches()) {
                return new Answer(name, id.group(1), sources, fails.group(1));
            }
            if (first.equals(PASSES)) {
                return new Answer(name, id.group(1), sources, null);
            }
            throw new IllegalArgumentException(note + " must start with '" + PASSES + "' or 'Expected: fails \"<check>\"', "
                    + "not: " + first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return String.format("%-44s %s", name, accepted() ? "accepted" : "fails \"" + failingCheck + "\"");
    }
}
