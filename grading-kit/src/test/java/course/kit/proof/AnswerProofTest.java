package course.kit.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.Verdict;

@DisplayName("AnswerProof: each answer of the corpus gets what its note says")
class AnswerProofTest {

    @TempDir
    Path corpus;

    private Answer answer(String folder, String expected, String... files) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve(folder));
        Files.writeString(dir.resolve(Answer.NOTE), expected + "\n\nWhy.\n");
        for (String file : files) {
            Files.writeString(dir.resolve(file), "package x;");
        }
        return Answer.read(dir);
    }

    private static Scoreboard board(CheckResult... checks) {
        return new Scoreboard("ch", List.of(new ExerciseResult("01.2", "t", 3, "", List.of(checks))));
    }

    private static CheckResult check(String name, Verdict verdict, String failure) {
        return new CheckResult(name, verdict, true, failure, verdict == Verdict.PASS ? null : "why", null, null);
    }

    @Test
    @DisplayName("a wrong answer holds when its named check fails by assertion, and not when it passes")
    void wrongAnswerMustFailItsNamedCheck() throws IOException {
        Answer spin = answer("01.2-spin-lock", "Expected: fails \"no thread waits\"", "RequestCounter.java");
        assertThat(AnswerProof.judge(spin, board(check("no thread waits", Verdict.FAIL, CheckResult.ASSERTION),
                check("timing", Verdict.PASS, null)))).isEmpty();
        assertThat(AnswerProof.judge(spin, board(check("no thread waits", Verdict.PASS, null))))
                .hasValueSatisfying(p -> assertThat(p).contains("earned the exercise's points"));
    }

    @Test
    @DisplayName("a crash, a timeout or a skip is never the reason a wrong answer fails")
    void failuresOtherThanAssertionsAreProblems() throws IOException {
        Answer spin = answer("01.2-spin-lock", "Expected: fails \"no thread waits\"", "RequestCounter.java");
        assertThat(AnswerProof.judge(spin, board(check("no thread waits", Verdict.FAIL, CheckResult.ASSERTION),
                check("timing", Verdict.FAIL, CheckResult.ERROR))))
                .hasValueSatisfying(p -> assertThat(p).contains("'timing' failed by error"));
    }

    @Test
    @DisplayName("an accepted answer holds only when every check passes")
    void acceptedAnswerMustPass() throws IOException {
        Answer adder = answer("01.2-long-adder", "Expected: passes", "RequestCounter.java");
        assertThat(AnswerProof.judge(adder, board(check("no thread waits", Verdict.PASS, null)))).isEmpty();
        assertThat(AnswerProof.judge(adder, board(check("timing", Verdict.FAIL, CheckResult.ASSERTION))))
                .hasValueSatisfying(p -> assertThat(p).contains("an accepted answer failed 'timing'"));
    }

    @Test
    @DisplayName("an accepted answer a model check cannot judge does not hold; one whose timed check is inconclusive does")
    void inconclusiveOnlyForTimedChecks() throws IOException {
        Answer adder = answer("01.2-long-adder", "Expected: passes", "RequestCounter.java");
        assertThat(AnswerProof.judge(adder, board(check("no thread waits (Lincheck)", Verdict.INCONCLUSIVE, null))))
                .hasValueSatisfying(p -> assertThat(p).contains("an accepted answer got INCONCLUSIVE from"));
        assertThat(AnswerProof.judge(adder, board(check("no thread waits (Lincheck)", Verdict.PASS, null),
                check("at least 2.5x (JMH)", Verdict.INCONCLUSIVE, null)))).isEmpty();
    }

    @Test
    @DisplayName("answers share a run only when they answer different exercises with different files")
    void roundsKeepAnswersApart() throws IOException {
        Answer a = answer("01.1-a", "Expected: passes", "HitCounter.java");
        Answer b = answer("01.1-b", "Expected: passes", "HitCounter.java");
        Answer c = answer("01.2-c", "Expected: passes", "RequestCounter.java");
        assertThat(AnswerProof.rounds(List.of(a, b, c), answer -> false)).containsExactly(List.of(a, c), List.of(b));
        assertThat(AnswerProof.rounds(List.of(a, b, c), answer -> answer == a)).containsExactly(List.of(b, c), List.of(a));
        assertThat(c.raceTests()).isEqualTo(".*\\.(?:RequestCounter)_\\d\\d_.*");
    }

    @Test
    @DisplayName("an answer replacing a class that another solution file names runs alone; one no other file names does not")
    void answersOthersBuildOnRunAlone() throws IOException {
        Path solution = Files.createDirectories(corpus.resolve("src"));
        Files.writeString(solution.resolve("BoundedPool.java"), "class BoundedPool {}");
        Files.writeString(solution.resolve("FrameEncoder.java"), "class FrameEncoder { BoundedPool<byte[]> pool; }");
        List<Path> sources = List.of(solution.resolve("BoundedPool.java"), solution.resolve("FrameEncoder.java"));
        assertThat(answer("03.1-pool", "Expected: passes", "BoundedPool.java").replacesClassUsedBy(sources)).isTrue();
        assertThat(answer("03.2-encoder", "Expected: passes", "FrameEncoder.java").replacesClassUsedBy(sources)).isFalse();
    }

    @Test
    @DisplayName("the chapter's tests are found in its test jar or its test-classes folder, never the solution's own")
    void findsTheChaptersTests() {
        String sep = java.io.File.pathSeparator;
        assertThat(AnswerProof.testJar(String.join(sep, "/c/solutions/01-mutex/target/test-classes",
                "/c/solutions/01-mutex/target/classes", "/c/01-mutex/target/test-classes"), "01-mutex",
                Path.of("/c/solutions/01-mutex/target")))
                .isEqualTo(Path.of("/c/01-mutex/target/test-classes"));
        assertThat(AnswerProof.testJar(String.join(sep, "/c/solutions/01-mutex/target/test-classes",
                "/m2/01-mutex-1.0-SNAPSHOT-tests.jar"), "01-mutex", Path.of("/c/solutions/01-mutex/target")))
                .isEqualTo(Path.of("/m2/01-mutex-1.0-SNAPSHOT-tests.jar"));
    }

    @Test
    @DisplayName("a test JVM that ended without a scoreboard is explained by its crash banner, or by its log's last lines")
    void explainsAMissingScoreboard() throws IOException {
        Path crashed = Files.writeString(corpus.resolve("crashed.txt"), String.join("\n", "[jcstress] running 1 race test",
                "#", "# A fatal error has been detected by the Java Runtime Environment:", "#",
                "#  SIGSEGV (0xb) at pc=0x00007f3ddaae33a8, pid=11134, tid=11159", "#", "# Problematic frame:",
                "# V  [libjvm.so+0x10e33a8]  stackChunkOopDesc::sender(frame const&, RegisterMap*)+0x238", "#",
                "# If you would like to submit a bug report, please visit:"));
        assertThat(AnswerProof.lastWords(crashed)).startsWith("the JVM crashed").contains("SIGSEGV (0xb)")
                .contains("stackChunkOopDesc::sender").doesNotContain("bug report");
        Path ended = Files.writeString(corpus.resolve("ended.txt"), "Exception in thread \"main\" java.lang.OutOfMemoryError\n\n");
        assertThat(AnswerProof.lastWords(ended)).startsWith("its log ends").contains("OutOfMemoryError");
    }

    @Test
    @DisplayName("a folder without a well-formed note is refused, with what is wrong")
    void malformedAnswersAreRefused() throws IOException {
        assertThatThrownBy(() -> answer("01.2-x", "Expected: maybe", "RequestCounter.java"))
                .hasMessageContaining("must start with");
        assertThatThrownBy(() -> answer("Spin Lock", "Expected: passes", "RequestCounter.java"))
                .hasMessageContaining("<exercise id>-<what-it-does>");
    }
}
