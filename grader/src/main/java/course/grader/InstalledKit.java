package course.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The grading kit as the grader installed it in the local Maven repository: the kit's jar and
 * pom and the course parent's pom, each with its SHA-256, in a stamp file named for the kit's
 * sources. Student code runs with the instructor's rights and could overwrite the jar, and every
 * later submission would then be graded by that jar; so the grader checks the files against the
 * stamp before each run of a chapter, and installs the kit again when one differs.
 */
final class InstalledKit {

    /** Where the course's artifacts lie in a local repository. */
    private static final Path GROUP = Path.of("course", "concurrency");
    private static final List<String> ARTIFACTS = List.of("grading-kit", "course-parent");

    private final Path repository;
    private final Path stamp;

    private InstalledKit(Path repository, Path stamp) {
        this.repository = repository;
        this.stamp = stamp;
    }

    /** The kit of the course at {@code courseRoot}, as installed in the local repository {@code repository}. */
    static InstalledKit of(Path courseRoot, Path repository) throws IOException {
        MessageDigest digest = sha256();
        List<Path> inputs = new ArrayList<>(List.of(courseRoot.resolve("pom.xml")));
        inputs.addAll(Workspace.walk(courseRoot.resolve("grading-kit")));
        for (Path p : inputs) {
            if (Files.isRegularFile(p)) {
                digest.update(courseRoot.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(p));
            }
        }
        String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        return new InstalledKit(repository, repository.resolve(GROUP).resolve("grading-kit")
                .resolve(".installed-by-grader-" + hash));
    }

    /** The default local repository, {@code ~/.m2/repository}. */
    static Path defaultRepository() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /**
     * The installed files whose contents differ from what the stamp recorded when this kit was
     * installed; every file when it was never installed. Empty: the kit is as the grader left it.
     */
    List<String> changed() throws IOException {
        if (!Files.isRegularFile(stamp)) {
            return List.of("(not installed by the grader)");
        }
        List<String> recorded = Files.readAllLines(stamp);
        List<String> now = sums();
        if (recorded.isEmpty()) {
            return List.of("(an empty stamp)");
        }
        return Stream.concat(recorded.stream().filter(l -> !now.contains(l)), now.stream().filter(l -> !recorded.contains(l)))
                .map(l -> l.substring(l.indexOf(' ') + 1)).distinct().toList();
    }

    /** Writes the stamp: the sums of the files just installed. */
    void record() throws IOException {
        Files.createDirectories(stamp.getParent());
        Files.write(stamp, sums());
    }

    /** {@code <sha-256> <path>} for each jar and pom of the course's artifacts, by path. */
    private List<String> sums() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String artifact : ARTIFACTS) {
            Path dir = repository.resolve(GROUP).resolve(artifact);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".jar") || f.toString().endsWith(".pom")).sorted().toList()) {
                    lines.add(HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(f))) + " "
                            + repository.relativize(f));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return lines;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
