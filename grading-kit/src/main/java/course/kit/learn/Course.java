package course.kit.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The course's chapters, found on disk: every folder of the root named {@code NN-something}
 * that holds a {@code pom.xml}, in order. Nothing lists them by hand, so a new chapter or a
 * new exercise shows up in the learner commands by itself.
 *
 * @param root the course's root folder (the one with {@code mvnw})
 */
public record Course(Path root) {

    /** The chapters, in order of their numbers. */
    public List<Chapter> chapters() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> d.getFileName().toString().matches("\\d\\d-.+"))
                    .filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .sorted()
                    .map(d -> new Chapter(d.getFileName().toString(), d, root))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the chapters in " + root, e);
        }
    }

    /**
     * The chapter that {@code name} means: its full name ({@code 01-mutex}), its number
     * ({@code 01}), or an exercise of it ({@code 01.2}).
     */
    public Optional<Chapter> chapter(String name) {
        String number = name.length() >= 2 ? name.substring(0, 2) : name;
        return chapters().stream()
                .filter(c -> c.name().equals(name) || (number.matches("\\d\\d") && c.number().equals(number)
                        && (name.length() == 2 || name.charAt(2) == '.' || name.charAt(2) == '-')))
                .findFirst();
    }

    /** The names of the chapters, for messages that list them. */
    public String chapterNames() {
        return String.join(", ", chapters().stream().map(Chapter::name).toList());
    }
}
