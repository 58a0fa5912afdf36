package course.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pristine course: the repository the grader runs from. Its tests, kit, poms and build
 * files are what every submission is graded with.
 *
 * @param root     the repository root (where {@code pom.xml} and {@code mvnw} are)
 * @param chapters its chapters, in order
 */
public record Course(Path root, List<Chapter> chapters) {

    private static final Pattern CHAPTER_DIR = Pattern.compile("\\d\\d-[a-z0-9-]+");

    /**
     * A chapter as the course ships it.
     *
     * @param name      its directory, as in {@code 01-mutex}
     * @param packages  the package directories of its starter under {@code src/main/java}, as in
     *                  {@code course/mutex}: the only places a student's files are taken from
     * @param exercises its exercises, ordered by id
     */
    public record Chapter(String name, List<String> packages, List<ExerciseSpec> exercises) {

        /** Points available in the chapter. */
        public int points() {
            return exercises.stream().mapToInt(ExerciseSpec::points).sum();
        }
    }

    /** Reads the course at {@code root}: each {@code NN-name} directory with a pom is a chapter. */
    public static Course at(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs.resolve("pom.xml")) || !Files.isRegularFile(abs.resolve("mvnw"))) {
            throw new IllegalArgumentException(abs + " is not the course: no pom.xml and mvnw there");
        }
        List<Chapter> chapters = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(abs)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (CHAPTER_DIR.matcher(name).matches() && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    chapters.add(new Chapter(name, starterPackages(dir.resolve("src/main/java")),
                            ExerciseScanner.scan(dir.resolve("src/test/java"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the course at " + abs, e);
        }
        return new Course(abs, List.copyOf(chapters));
    }

    /** The chapter named {@code name}. */
    public Chapter chapter(String name) {
        return chapters.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chapter " + name + " in the course; it has "
                        + chapters.stream().map(Chapter::name).toList()));
    }

    /** The outermost directories under {@code sources} that hold .java files. */
    private static List<String> starterPackages(Path sources) throws IOException {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        Set<String> dirs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> sources.relativize(p.getParent()).toString().replace('\\', '/'))
                    .forEach(dirs::add);
        }
        List<String> outermost = new ArrayList<>();
        for (String d : dirs) {
            if (outermost.stream().noneMatch(o -> d.startsWith(o + "/"))) {
                outermost.add(d);
            }
        }
        return List.copyOf(outermost);
    }
}
