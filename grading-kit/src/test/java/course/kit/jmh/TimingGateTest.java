package course.kit.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

@DisplayName("Benchmarks and Parallelism: JMH from JUnit, calibrated")
class TimingGateTest {

    @Test
    @DisplayName("a benchmark runs in a fork and returns a positive score")
    void runsBenchmark() {
        Map<String, Double> scores = Benchmarks.throughput(ProbeBenchmarks.class, 1, List.of(), "tiny");
        assertThat(scores.get("tiny")).isPositive();
    }

    @Test
    @DisplayName("a benchmark that does not exist is an error, not a pass")
    void missingBenchmarkFails() {
        assertThatThrownBy(() -> Benchmarks.throughput(ProbeBenchmarks.class, 1, List.of(), "noSuchMethod"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a failed JMH run names its cause from JMH's log, not only the log's path")
    void failureQuotesTheLog(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("jmh.log"), """
                # Benchmark: course.Example.run
                <forked VM failed with exit code 1>
                <stderr last='20 lines'>
                Error: Could not find or load main class org.openjdk.jmh.runner.ForkedMain
                """);
        assertThat(Benchmarks.firstProblemIn(log))
                .isEqualTo(": Error: Could not find or load main class org.openjdk.jmh.runner.ForkedMain");
        assertThat(Benchmarks.firstProblemIn(dir.resolve("absent.log"))).isEmpty();
    }

    @Test
    @DisplayName("a penalty gate whose baseline shows no penalty ends inconclusive, never passes")
    void penaltyGateWithoutPenaltyIsInconclusive() {
        PenaltyGate gate = PenaltyGate.of(ProbeBenchmarks.class).threads(1)
                .baseline("tiny", "tiny").reference("tiny", "the same tiny").candidate("tiny", "tiny again")
                .minimumPenalty(2.0);
        assertThatThrownBy(() -> gate.check(entries -> { }))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("INCONCLUSIVE");
    }

    @Test
    @DisplayName("a one-thread timing gate that falls short fails by assertion, with both scores")
    void oneThreadGateFails() {
        TimingGate gate = TimingGate.of(ProbeBenchmarks.class).threads(1)
                .candidate("tiny", "tiny").baseline("tiny", "the same tiny").atLeast(5.0);
        assertThatThrownBy(() -> gate.check(entries -> { }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the throughput of the same tiny at 1 thread")
                .hasMessageContaining("it needs at least 5.00x");
    }

    @Test
    @DisplayName("a machine that does not scale is declared insufficient, with its figure")
    void inconclusiveCalibration() {
        Parallelism busy = new Parallelism(10.0, 11.0, 2);
        assertThat(busy.sufficient()).isFalse();
        assertThat(busy.toString()).contains("1.10 effective CPUs at 2 threads (needs 1.6)");
        assertThat(new Parallelism(10.0, 19.5, 2).sufficient()).isTrue();
    }
}
