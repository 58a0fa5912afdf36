package course.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
@DisplayName("The sandbox of the test JVM: it writes only its build folder, and nothing it starts outlives it")
class SandboxTest {

    /** What student code would try: write everywhere, start a process that hides, then end. */
    private static final String PROBE = """
            import java.nio.file.*;

            class Probe {
                public static void main(String[] args) throws Exception {
                    for (String file : args) {
                        try {
                            Files.writeString(Path.of(file), "forged");
                            System.out.println("wrote " + file);
                        } catch (Exception e) {
                            System.out.println("refused " + file);
                        }
                    }
                    new ProcessBuilder("sh", "-c", "(setsid sleep 317 >/dev/null 2>&1 &) ; true").inheritIO().start().waitFor();
                    System.out.println("started a hidden sleep");
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    @DisplayName("a test JVM writes its build folder, not the reports, the course, the home folder or /tmp outside")
    void writesOnlyItsBuildFolder() throws Exception {
        Sandbox sandbox = sandbox();
        Path target = Files.createDirectories(dir.resolve("chapter/target"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path launcher = sandbox.launcher(dir.resolve("sandbox"), java, dir, target);
        Files.writeString(dir.resolve("chapter/Probe.java"), PROBE);
        Path outside = dir.resolve("grade.md");
        Path report = target.resolve("surefire-reports/TEST-course.mutex.HitCounterTest.xml");
        Path hostTmp = Path.of("/tmp", "course-sandbox-probe-" + ProcessHandle.current().pid());

        BoundedProcess.Result r = BoundedProcess.run(List.of(launcher.toString(), "Probe.java",
                        target.resolve("scoreboard.json").toString(), outside.toString(), report.toString(),
                        hostTmp.toString(), launcher.toString()),
                dir.resolve("chapter"), Map.of(), Duration.ofSeconds(60), 1024 * 1024);

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("wrote " + target.resolve("scoreboard.json"))
                .contains("refused " + outside).contains("refused " + report).contains("refused " + launcher)
                .contains("started a hidden sleep");
        assertThat(outside).doesNotExist();
        assertThat(report).doesNotExist();
        assertThat(hostTmp).as("the sandbox's /tmp is its own").doesNotExist();
        assertThat(dir.resolve("sandbox/release")).as("surefire reads the Java version beside the launcher").exists();
    }

    @Test
    @DisplayName("a process the test JVM started and hid with setsid ends when the test JVM does")
    void nothingOutlivesTheTestJvm() throws Exception {
        Sandbox sandbox = sandbox();
        Path target = Files.createDirectories(dir.resolve("chapter/target"));
        Path launcher = sandbox.launcher(dir.resolve("sandbox"), Path.of(System.getProperty("java.home"), "bin", "java"), dir,
                target);
        Files.writeString(dir.resolve("chapter/Probe.java"), PROBE);

        // Not a BoundedProcess, which kills what it sees: only the sandbox ends the sleep here.
        Process p = new ProcessBuilder(launcher.toString(), "Probe.java").directory(dir.resolve("chapter").toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("the probe ended").isTrue();

        assertThat(output).contains("started a hidden sleep");
        Thread.sleep(500);
        assertThat(ProcessHandle.allProcesses().filter(h -> h.info().commandLine().orElse("").contains("sleep 317")))
                .as("sleeps still alive").isEmpty();
    }

    private static Sandbox sandbox() throws InterruptedException {
        Sandbox.Found found = Sandbox.find();
        assumeTrue(found.sandbox().isPresent(), () -> "no sandbox here: " + found.missing());
        return found.sandbox().get();
    }
}
