package course.kit.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The learner's file against the reference solution's, as a unified diff: lines starting with
 * {@code -} are only in the learner's file, {@code +} only in the solution. For an exercise it
 * compares the file its README row names; for a chapter, every file of the starter and the
 * solution.
 */
public final class Compare {

    private Compare() {
    }

    /** The comparison for {@code target}: an exercise ({@code 01.2}) or a chapter ({@code 01}, {@code 01-mutex}). */
    public static String render(Course course, String target) {
        if (target == null || target.isBlank()) {
            return " Say what to compare:\n   " + Commands.compare("01.2") + "   (one exercise)\n   "
                    + Commands.compare("01") + "     (a whole chapter)\n";
        }
        String id = target.strip();
        Optional<Chapter> found = course.chapter(id);
        if (found.isEmpty()) {
            return Text.paragraph("There is no exercise or chapter \"" + id + "\". The chapters are "
                    + course.chapterNames() + ".");
        }
        Chapter chapter = found.get();
        Path solution = chapter.solutionDir();
        if (!Files.isDirectory(solution)) {
            return Text.paragraph(chapter.name() + " has no solution folder yet (" + chapter.shown(solution) + ").");
        }
        List<String> files;
        if (id.matches("\\d\\d\\.\\d+")) {
            Optional<ChapterReadme.Row> row = chapter.readme().row(id);
            if (row.isEmpty()) {
                return Text.paragraph(chapter.name() + "/README.md lists no exercise " + id + ". Its exercises are "
                        + String.join(", ", chapter.readme().exercises().stream().map(ChapterReadme.Row::id).toList())
                        + ".");
            }
            files = row.get().file() == null ? sources(chapter) : List.of(row.get().file());
        } else {
            files = sources(chapter);
        }
        StringBuilder out = new StringBuilder();
        out.append(Text.RULE).append('\n');
        String title = chapter.readme().row(id).map(r -> id + " " + r.title()).orElse(chapter.name());
        out.append(" ").append(title).append(": your code (-) against the reference solution (+)\n");
        out.append(Text.RULE).append('\n');
        for (String file : files) {
            Path mine = chapter.dir().resolve(file);
            Path theirs = solution.resolve(file);
            String diff = UnifiedDiff.diff(lines(mine), lines(theirs),
                    chapter.shown(mine) + (Files.exists(mine) ? "" : " (missing)"),
                    chapter.shown(theirs) + (Files.exists(theirs) ? "" : " (missing)"));
            if (diff.isEmpty()) {
                out.append(" ").append(chapter.shown(mine)).append(": the same as the solution\n");
            } else {
                out.append(diff);
            }
        }
        out.append(Text.RULE).append('\n');
        out.append(" The solution passes every check; yours passes when its scoreboard says so:\n");
        out.append("   " + Commands.test(chapter.name()) + "\n");
        out.append(" The solution's SOLUTION comment says why it is correct, why it is fast, and what it measured.\n");
        out.append(" Grade the solution yourself: " + Commands.testSolution(chapter.name()) + "\n");
        out.append(Text.RULE).append('\n');
        return out.toString();
    }

    /** The chapter's source files, starter and solution together, relative to the chapter. */
    private static List<String> sources(Chapter chapter) {
        TreeSet<String> files = new TreeSet<>();
        for (Path dir : List.of(chapter.dir(), chapter.solutionDir())) {
            Path src = dir.resolve("src/main/java");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(src)) {
                walk.filter(f -> f.toString().endsWith(".java"))
                        .forEach(f -> files.add(dir.relativize(f).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
