package course.kit.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ProofProblems: what the proof found wrong, kept where CI prints it last")
class ProofProblemsTest {

    @TempDir
    Path target;

    @Test
    @DisplayName("keeps each proof's problems under its heading, one indented line each")
    void keepsProblemsUnderTheirHeading() throws IOException {
        ProofProblems.add(target, "Answer corpus of 01-mutex:", List.of("01.3-x: a wrong answer got PASS", "01.4-y:\ntwo lines"));

        assertThat(Files.readAllLines(target.resolve(ProofProblems.FILE)))
                .containsExactly("Answer corpus of 01-mutex:", "  01.3-x: a wrong answer got PASS", "  01.4-y:", "    two lines");
    }

    @Test
    @DisplayName("writes nothing when there is no problem, and clear() removes an earlier run's file")
    void nothingStaleIsLeft() throws IOException {
        Files.writeString(target.resolve(ProofProblems.FILE), "from an earlier run");

        ProofProblems.clear(target);
        ProofProblems.add(target, "Proof of 01-mutex:", List.of());

        assertThat(target.resolve(ProofProblems.FILE)).doesNotExist();
    }
}
