package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A run stopped at its time limit says whether it was deadlocked, and which threads hold which locks")
class ThreadDumpsTest {

    /** The end of a HotSpot thread dump (JDK 25) of a JVM with two deadlocks: monitors, then ReentrantLocks. */
    private static final String TWO_DEADLOCKS = """
            === JVM 1923: /usr/lib/jvm/jdk-25/bin/java -jar surefirebooter.jar
            Full thread dump OpenJDK 64-Bit Server VM (25.0.3+9-LTS mixed mode, sharing):

            Found one Java-level deadlock:
            =============================
            "first":
              waiting to lock monitor 0x00007f45a40017c0 (object 0x000000069e293020, a java.lang.Object),
              which is held by "second"

            "second":
              waiting to lock monitor 0x00007f45b0001450 (object 0x000000069e293010, a java.lang.Object),
              which is held by "first"

            Java stack information for the threads listed above:
            ===================================================
            "first":
            \tat Deadlock.lambda$main$0(Deadlock.java:8)
            \t- waiting to lock <0x000000069e293020> (a java.lang.Object)
            \t- locked <0x000000069e293010> (a java.lang.Object)
            \tat java.lang.Thread.run(java.base@25.0.3/Thread.java:1474)
            "second":
            \tat Deadlock.lambda$main$1(Deadlock.java:9)
            \t- waiting to lock <0x000000069e293010> (a java.lang.Object)
            \t- locked <0x000000069e293020> (a java.lang.Object)
            \tat java.lang.Thread.run(java.base@25.0.3/Thread.java:1474)

            Found one Java-level deadlock:
            =============================
            "third":
              waiting for ownable synchronizer 0x000000069e2932f0, (a java.util.concurrent.locks.ReentrantLock$NonfairSync),
              which is held by "fourth"

            "fourth":
              waiting for ownable synchronizer 0x000000069e2932c0, (a java.util.concurrent.locks.ReentrantLock$NonfairSync),
              which is held by "third"

            Java stack information for the threads listed above:
            ===================================================
            "third":
            \tat jdk.internal.misc.Unsafe.park(java.base@25.0.3/Native Method)
            \t- parking to wait for  <0x000000069e2932f0> (a java.util.concurrent.locks.ReentrantLock$NonfairSync)
            \tat java.util.concurrent.locks.ReentrantLock.lock(java.base@25.0.3/ReentrantLock.java:323)
            \tat Deadlock.lambda$main$2(Deadlock.java:11)
            "fourth":
            \tat jdk.internal.misc.Unsafe.park(java.base@25.0.3/Native Method)
            \tat java.util.concurrent.locks.ReentrantLock.lock(java.base@25.0.3/ReentrantLock.java:323)
            \tat Deadlock.lambda$main$3(Deadlock.java:12)

            Found 2 deadlocks.

            === JVM 1990: /usr/lib/jvm/jdk-25/bin/java org.openjdk.jcstress.ForkedMain
            Full thread dump OpenJDK 64-Bit Server VM (25.0.3+9-LTS mixed mode, sharing):

            "main" #1 [1991] prio=5 os_prio=0 cpu=50.00ms elapsed=3.00s tid=0x1 nid=1991 runnable
            \tat Spin.main(Spin.java:3)
            """;

    /** A program whose two threads take two locks in opposite orders, and say when both hold their first. */
    private static final String DEADLOCK_PROGRAM = """
            import java.util.concurrent.CountDownLatch;

            public class Deadlock {
                static final Object ACCOUNTS = new Object();
                static final Object AUDIT = new Object();

                public static void main(String[] args) throws Exception {
                    CountDownLatch bothHoldOne = new CountDownLatch(2);
                    Thread transfer = new Thread(() -> {
                        synchronized (ACCOUNTS) {
                            meet(bothHoldOne);
                            synchronized (AUDIT) { }
                        }
                    }, "transfer");
                    Thread audit = new Thread(() -> {
                        synchronized (AUDIT) {
                            meet(bothHoldOne);
                            synchronized (ACCOUNTS) { }
                        }
                    }, "audit");
                    transfer.start();
                    audit.start();
                    bothHoldOne.await();
                    System.out.println("both threads hold one lock each");
                }

                static void meet(CountDownLatch latch) {
                    latch.countDown();
                    try {
                        latch.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    @DisplayName("each thread of each deadlock: the lock it waits for, who holds it, and its first line outside the JDK")
    void namesTheThreadsOfEachDeadlock() {
        assertThat(ThreadDumps.deadlockedThreads(TWO_DEADLOCKS)).containsExactly(
                "\"first\" waits for a java.lang.Object held by \"second\", at Deadlock.lambda$main$0(Deadlock.java:8)",
                "\"second\" waits for a java.lang.Object held by \"first\", at Deadlock.lambda$main$1(Deadlock.java:9)",
                "\"third\" waits for a java.util.concurrent.locks.ReentrantLock held by \"fourth\", "
                        + "at Deadlock.lambda$main$2(Deadlock.java:11)",
                "\"fourth\" waits for a java.util.concurrent.locks.ReentrantLock held by \"third\", "
                        + "at Deadlock.lambda$main$3(Deadlock.java:12)");
    }

    @Test
    @DisplayName("a dump without a deadlock names none")
    void namesNoDeadlockWhereThereIsNone() {
        String spinning = TWO_DEADLOCKS.substring(TWO_DEADLOCKS.indexOf("=== JVM 1990"));
        assertThat(ThreadDumps.deadlockedThreads(spinning)).isEmpty();
        assertThat(ThreadDumps.deadlockedThreads("")).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    @DisplayName("a deadlocked JVM stopped at the time limit is asked for its threads first, and its deadlock is named")
    void dumpsADeadlockedJvmBeforeKillingIt() throws Exception {
        Files.writeString(dir.resolve("Deadlock.java"), DEADLOCK_PROGRAM);
        String java = ProcessHandle.current().info().command().orElseThrow();

        // Compiling the source may take a while on a busy machine; the deadlock, 2 s once both hold a lock.
        BoundedProcess.Result r = BoundedProcess.run(List.of(java, "Deadlock.java"), dir, Map.of(),
                "both threads hold one lock each", Duration.ofMinutes(2), Duration.ofSeconds(2), 1024 * 1024, BoundedProcess.Disk.UNWATCHED);

        assertThat(r.timedOut()).as("stopped at the time limit; output: %s", r.output()).isTrue();
        assertThat(r.threadDumps()).contains("Full thread dump").contains("Found one Java-level deadlock");
        assertThat(ThreadDumps.deadlockedThreads(r.threadDumps())).containsExactlyInAnyOrder(
                "\"transfer\" waits for a java.lang.Object held by \"audit\", at Deadlock.lambda$main$0(Deadlock.java:12)",
                "\"audit\" waits for a java.lang.Object held by \"transfer\", at Deadlock.lambda$main$1(Deadlock.java:18)");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    @DisplayName("a java that student code started, with a jcmd of its own beside it, is never asked and its jcmd never run")
    void runsNoToolOfTheStudents() throws Exception {
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path fake = Files.createDirectories(dir.resolve("fake/bin"));
        Files.copy(javaHome.resolve("bin/java"), fake.resolve("java"));
        Files.createSymbolicLink(dir.resolve("fake/lib"), javaHome.resolve("lib"));
        Files.createSymbolicLink(dir.resolve("fake/conf"), javaHome.resolve("conf"));
        Path ran = dir.resolve("fake-jcmd-ran");
        Files.writeString(fake.resolve("jcmd"), "#!/bin/sh\ntouch " + ran + "\necho 'Full thread dump'\necho 'Found one Java-level deadlock:'\n");
        fake.resolve("jcmd").toFile().setExecutable(true);
        Files.writeString(dir.resolve("Sleeper.java"), """
                class Sleeper {
                    public static void main(String[] args) throws Exception {
                        System.out.println("sleeping");
                        Thread.sleep(600_000);
                    }
                }
                """);
        Files.writeString(dir.resolve("Spawner.java"), """
                import java.io.*;
                class Spawner {
                    public static void main(String[] args) throws Exception {
                        Process child = new ProcessBuilder(args[0], "Sleeper.java").redirectErrorStream(true).start();
                        new BufferedReader(new InputStreamReader(child.getInputStream())).readLine();
                        System.out.println("the student's java runs");
                        Thread.sleep(600_000);
                    }
                }
                """);
        String java = javaHome.resolve("bin/java").toString();

        // a shell first, as Maven is: the JVM it starts is the run's own, the one that JVM starts is the student's
        BoundedProcess.Result r = BoundedProcess.run(List.of("/bin/sh", "-c", java + " Spawner.java " + fake.resolve("java") + "; true"),
                dir, Map.of(), "the student's java runs", Duration.ofMinutes(2), Duration.ofSeconds(1), 1024 * 1024, BoundedProcess.Disk.UNWATCHED);

        assertThat(r.timedOut()).as("stopped at the time limit; output: %s", r.output()).isTrue();
        assertThat(ran).as("the student's jcmd").doesNotExist();
        assertThat(r.threadDumps()).contains("Spawner").doesNotContain("Sleeper.java").doesNotContain("deadlock");
    }
}
