package course.grader;

import course.kit.learn.Chapter;
import course.kit.learn.Course;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the directory a chapter is graded in: a fresh copy of the pristine course with the
 * student's starter files laid over it. Only {@code .java} files under the chapter's own
 * packages in {@code src/main/java}, declaring those packages, are taken from the submission; its tests, poms, resources,
 * build outputs and any other file are not, so editing a test or adding a file that fakes a
 * result changes nothing.
 */
final class Workspace {

    /** Directories never copied: build outputs, version control, IDE state. */
    private static final Set<String> SKIPPED_DIRS = Set.of("target", ".git", ".idea", ".vscode", "node_modules", "__MACOSX");
    /** A student's source file larger than this is not taken. */
    static final long MAX_SOURCE_BYTES = 1024 * 1024;
    /** At most this many files of a submission are looked at. */
    private static final int MAX_FILES = 50_000;

    private Workspace() {
    }

    /**
     * What was taken from the submission for one chapter.
     *
     * @param present whether the submission has the chapter's starter packages at all
     * @param files   the student's source files laid over the course
     * @param refused files under the chapter's packages that were not taken, with the reason
     */
    record Overlay(boolean present, int files, List<String> refused) {
    }

    /** Copies the course at {@code course} into the new directory {@code into}, build outputs left out. */
    static void copyCourse(Path course, Path into) {
        try {
            Files.createDirectories(into);
            Files.walkFileTree(course, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(course) && SKIPPED_DIRS.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(into.resolve(course.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        Files.copy(file, into.resolve(course.relativize(file).toString()),
                                StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the course into " + into, e);
        }
    }

    /**
     * Replaces the starter packages of {@code chapter} in {@code work} with the submission's.
     * A package the submission lacks is left empty: the chapter is graded as it was handed in.
     * A file is taken only if it declares one of those packages (or one under them), whatever
     * folder it sits in, so that a class of the kit or of the tests can never come from a
     * submission. Links are never followed, neither a linked file nor a linked folder on the way.
     */
    static Overlay overlay(ChapterSpec chapter, Path submission, Path work) {
        boolean present = false;
        Map<Path, Path> candidates = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (String pkg : chapter.packages()) {
            Path from = submission.resolve(chapter.name()).resolve("src/main/java").resolve(pkg);
            Path to = work.resolve(chapter.name()).resolve("src/main/java").resolve(pkg);
            deleteTree(to);
            Optional<Path> link = firstLink(submission, from);
            if (link.isPresent()) {
                refused.add(shown(submission, link.get()) + " (a link, not followed)");
                continue;
            }
            if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            present = true;
            for (Path file : walk(from)) {
                String shown = shown(submission, file);
                try {
                    if (Files.isSymbolicLink(file)) {
                        refused.add(shown + " (a link)");
                    } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    } else if (!file.getFileName().toString().endsWith(".java")) {
                        refused.add(shown + " (not a .java file)");
                    } else if (Files.size(file) > MAX_SOURCE_BYTES) {
                        refused.add(shown + " (larger than " + MAX_SOURCE_BYTES / 1024 + " KiB)");
                    } else {
                        candidates.put(file, to.resolve(from.relativize(file).toString()));
                    }
                } catch (IOException e) {
                    refused.add(shown + " (unreadable: " + e.getMessage() + ")");
                }
            }
        }
        List<String> allowed = chapter.packages().stream().map(p -> p.replace('/', '.')).toList();
        Map<Path, String> declared = DeclaredPackages.of(List.copyOf(candidates.keySet()));
        int files = 0;
        for (Map.Entry<Path, Path> candidate : candidates.entrySet()) {
            Path file = candidate.getKey();
            String pkg = declared.getOrDefault(file, DeclaredPackages.UNNAMED);
            String shown = shown(submission, file);
            if (allowed.stream().noneMatch(a -> pkg.equals(a) || pkg.startsWith(a + "."))) {
                refused.add(shown + " (declares " + (pkg.isEmpty() ? "no package" : "package " + pkg)
                        + "; only classes of " + String.join(", ", allowed) + " are taken)");
                continue;
            }
            try {
                Path target = candidate.getValue();
                Files.createDirectories(target.getParent());
                Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
                files++;
            } catch (IOException e) {
                refused.add(shown + " (unreadable: " + e.getMessage() + ")");
            }
        }
        return new Overlay(present, files, List.copyOf(refused));
    }

    /** A path of the submission as the report shows it: from the submission's root, with forward slashes. */
    private static String shown(Path submission, Path file) {
        return submission.relativize(file).toString().replace('\\', '/');
    }

    /** The first link on the way from {@code base} down to {@code inner}, {@code inner} included. */
    static Optional<Path> firstLink(Path base, Path inner) {
        Path at = base;
        for (Path name : base.relativize(inner)) {
            at = at.resolve(name.toString());
            if (Files.isSymbolicLink(at)) {
                return Optional.of(at);
            }
            if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Files of the submission that differ from the course but are not the student's to edit,
     * as {@code path (changed)} or {@code path (added)}: shown in the report so that an
     * instructor sees an edited test, and knows it was not used.
     */
    static List<String> ignoredChanges(Course course, Path submission, int limit) {
        List<String> studentDirs = course.chapters().stream()
                .flatMap(c -> c.starterPackages().stream().map(pkg -> c.name() + "/src/main/java/" + pkg + "/"))
                .toList();
        List<String> found = new ArrayList<>();
        for (Path file : walk(submission)) {
            if (found.size() >= limit) {
                found.add("... (more not listed)");
                break;
            }
            String rel = submission.relativize(file).toString().replace('\\', '/');
            boolean studentSource = rel.endsWith(".java") && studentDirs.stream().anyMatch(rel::startsWith);
            if (studentSource || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path pristine = course.root().resolve(rel);
            try {
                if (!Files.isRegularFile(pristine)) {
                    found.add(rel + " (added)");
                } else if (Files.size(pristine) != Files.size(file)
                        || !Arrays.equals(Files.readAllBytes(pristine), Files.readAllBytes(file))) {
                    found.add(rel + " (changed)");
                }
            } catch (IOException e) {
                found.add(rel + " (unreadable)");
            }
        }
        return List.copyOf(found);
    }

    /** Every file and link under {@code dir}, build outputs left out, links not followed. */
    static List<Path> walk(Path dir) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean skip = !d.equals(dir) && SKIPPED_DIRS.contains(d.getFileName().toString());
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    out.add(file);
                    return out.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        out.sort(null);
        return out;
    }

    /**
     * The bytes of the files under {@code dir}, links not followed, files that vanish as they are
     * counted left out; 0 when {@code dir} is not there.
     */
    static long bytesUnder(Path dir) {
        long[] bytes = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    bytes[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what could be counted is the answer: the tree changes while a run writes it
        }
        return bytes[0];
    }

    /** Deletes {@code dir} and everything in it, without following links. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /**
     * The directory of a submission that holds the course: {@code dir} itself, or the single
     * folder an archive wrapped it in ({@code course-main/}), looked for a few levels down.
     */
    static Path courseRootOf(Path dir, Course course) {
        List<String> chapters = course.chapters().stream().map(Chapter::name).toList();
        Path at = dir;
        for (int depth = 0; depth < 4; depth++) {
            final Path here = at;
            if (chapters.stream().anyMatch(c -> Files.isDirectory(here.resolve(c)))
                    || Files.isRegularFile(here.resolve("pom.xml"))) {
                return here;
            }
            List<Path> dirs;
            try (Stream<Path> list = Files.list(here)) {
                dirs = list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .filter(p -> !p.getFileName().toString().startsWith(".")
                                && !SKIPPED_DIRS.contains(p.getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                return dir;
            }
            if (dirs.size() != 1) {
                return here;
            }
            at = dirs.get(0);
        }
        return at;
    }
}
