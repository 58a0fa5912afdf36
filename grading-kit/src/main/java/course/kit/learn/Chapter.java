package course.kit.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import course.kit.score.Scoreboard;
import course.kit.score.ScoreboardFile;

/**
 * One chapter of the course as the learner commands and the instructor's grader see it: its
 * folder, its starter (the only files a student edits), its README, the scoreboard of its last
 * test run and its solution's folder.
 *
 * @param name the chapter's folder and Maven module, as in {@code 01-mutex}
 * @param dir  its folder
 * @param root the course's root folder
 */
public record Chapter(String name, Path dir, Path root) {

    /** The chapter's number, as in {@code 01}. */
    public String number() {
        return name.substring(0, 2);
    }

    /** The starter's sources, {@code src/main/java}: the only folder a student edits. */
    public Path starterDir() {
        return dir.resolve("src/main/java");
    }

    /**
     * The starter's packages, as folders under {@link #starterDir()} ({@code course/mutex}): the
     * outermost folders that hold {@code .java} files, in order. Empty when the starter has none.
     */
    public List<String> starterPackages() {
        Path sources = starterDir();
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        Set<String> dirs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> sources.relativize(p.getParent()).toString().replace('\\', '/'))
                    .forEach(dirs::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the starter of " + name + " in " + sources, e);
        }
        List<String> outermost = new ArrayList<>();
        for (String d : dirs) {
            if (outermost.stream().noneMatch(o -> d.startsWith(o + "/"))) {
                outermost.add(d);
            }
        }
        return List.copyOf(outermost);
    }

    /** The chapter's README, parsed. */
    public ChapterReadme readme() {
        return ChapterReadme.read(dir.resolve("README.md"));
    }

    /** Where its last test run left the scoreboard. */
    public Path scoreboardFile() {
        return dir.resolve("target").resolve(ScoreboardFile.NAME);
    }

    /** The scoreboard of the last test run, if the chapter ran. */
    public Optional<Scoreboard> scoreboard() {
        Path file = scoreboardFile();
        return Files.isRegularFile(file) ? Optional.of(ScoreboardFile.read(file)) : Optional.empty();
    }

    /** The reference solution's folder. */
    public Path solutionDir() {
        return root.resolve("solutions").resolve(name);
    }

    /** The path of {@code file} (relative to a chapter) as the learner types it from the root. */
    public String shown(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Whether a source file of the chapter changed after its last scoreboard was written. */
    public boolean changedSinceLastRun() {
        Path board = scoreboardFile();
        Path src = dir.resolve("src");
        if (!Files.isRegularFile(board) || !Files.isDirectory(src)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(src)) {
            FileTime written = Files.getLastModifiedTime(board);
            return files.filter(Files::isRegularFile).anyMatch(f -> modified(f).compareTo(written) > 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
