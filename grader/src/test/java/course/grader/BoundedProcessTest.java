package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
@DisplayName("A command that runs student code cannot outlive its limits")
class BoundedProcessTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("at the time limit the command and the processes it started are killed")
    void killsTheTreeAtTheTimeLimit() throws Exception {
        BoundedProcess.Result r = BoundedProcess.run(List.of("sh", "-c", "sleep 60 & echo $!; sleep 60"), dir, Map.of(),
                Duration.ofSeconds(1), 1024 * 1024);
        assertThat(r.timedOut()).isTrue();
        assertThat(r.took()).isLessThan(Duration.ofSeconds(20));
        assertThat(r.threadDumps()).as("no JVM among its processes, so no thread dump").isEmpty();
        long child = Long.parseLong(r.output().lines().findFirst().orElseThrow().strip());
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false))
                .as("the background sleep %d", child).isFalse();
    }

    @Test
    @DisplayName("a command that floods its output is stopped, and only its head and tail are kept")
    void stopsAFlood() throws Exception {
        BoundedProcess.Result r = BoundedProcess.run(List.of("sh", "-c", "yes flood"), dir, Map.of(),
                Duration.ofSeconds(30), 4 * 1024 * 1024);
        assertThat(r.flooded()).isTrue();
        assertThat(r.timedOut()).isFalse();
        assertThat(r.outputBytes()).isGreaterThan(4 * 1024 * 1024);
        assertThat(r.output().length()).isLessThan(3 * BoundedProcess.KEPT);
        assertThat(r.output()).contains("bytes of output not kept").startsWith("flood\n");
    }

    @Test
    @DisplayName("bytes it writes to files that count as its output count toward the flood")
    void countsFilesAsOutput() throws Exception {
        Path dump = dir.resolve("out.dumpstream");
        BoundedProcess.Result r = BoundedProcess.run(List.of("sh", "-c", "yes flood > " + dump), dir, Map.of(), null,
                Duration.ofSeconds(30), Duration.ofSeconds(30), 4 * 1024 * 1024,
                new BoundedProcess.Disk(() -> dump.toFile().length(), () -> 0, Long.MAX_VALUE));
        assertThat(r.flooded()).isTrue();
        assertThat(r.took()).isLessThan(Duration.ofSeconds(20));
        assertThat(r.outputBytes()).isGreaterThan(4 * 1024 * 1024);
    }

    @Test
    @DisplayName("a command that stores more than its disk budget is stopped")
    void stopsADiskFlood() throws Exception {
        Path fill = dir.resolve("fill");
        BoundedProcess.Result r = BoundedProcess.run(
                List.of("sh", "-c", "i=0; while [ $i -lt 4096 ]; do head -c 65536 /dev/zero >> " + fill + "; i=$((i+1)); done"),
                dir, Map.of(), null, Duration.ofSeconds(30), Duration.ofSeconds(30), 1024 * 1024,
                new BoundedProcess.Disk(() -> 0, () -> fill.toFile().length(), 8 * 1024 * 1024));
        assertThat(r.overDisk()).as("stopped past 8 MiB, %d bytes stored", fill.toFile().length()).isTrue();
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(fill.toFile().length()).as("stopped before the loop's 256 MiB").isLessThan(256L * 1024 * 1024);
    }

    @Test
    @DisplayName("a command that prints and ends at once loses none of its output, however late the reader starts")
    void keepsTheOutputOfACommandThatJustEnded() throws Exception {
        int lost = 0;
        for (int run = 0; run < 200; run++) {
            BoundedProcess.Result r = BoundedProcess.run(List.of("sh", "-c", "echo done; exit 3"), dir, Map.of(),
                    Duration.ofSeconds(30), 1024);
            assertThat(r.exitCode()).isEqualTo(3);
            lost += r.output().equals("done\n") ? 0 : 1;
        }
        assertThat(lost).as("runs of 200 whose output was lost: killing an ended process must not close its pipe")
                .isZero();
    }

    @Test
    @DisplayName("a command that ends in time gives its exit status and all of its output")
    void reportsANormalEnd() throws Exception {
        BoundedProcess.Result r = BoundedProcess.run(List.of("sh", "-c", "echo done; exit 3"), dir, Map.of(),
                Duration.ofSeconds(30), 1024);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.timedOut()).isFalse();
        assertThat(r.output()).isEqualTo("done\n");
    }
}
