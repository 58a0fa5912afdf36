package course.kit.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The proof's problems, kept in the solution module's {@code target/} as well as printed: Maven's
 * reactor summary and error lines follow the proof's output, and a CI log that keeps only its end
 * would lose the one thing that says what went wrong. {@code .ci/run} prints this file last.
 */
final class ProofProblems {

    /** The file in a solution module's {@code target/} folder. */
    static final String FILE = "proof-problems.txt";

    private ProofProblems() {
    }

    /** Deletes what an earlier proof of this module left, so that the file only ever tells of this run. */
    static void clear(Path target) {
        try {
            Files.deleteIfExists(target.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends {@code problems} under a heading that names what was proven; nothing when there are none. */
    static void add(Path target, String heading, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of(heading));
        problems.forEach(p -> lines.add("  " + p.replace("\n", "\n    ")));
        try {
            Files.createDirectories(target);
            Files.write(target.resolve(FILE), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
