package course.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import course.kit.score.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades fixture submissions through real Maven runs of chapters 01 and 04: the solutions, the
 * starters with forged results, and student code that exits, halts, loops, deadlocks, floods,
 * runs out of memory or of stack, or leaks a thread. Each lands on its expected score with its
 * expected reason, in bounded time.
 *
 * <p>Minutes of work, so only with {@code ./mvnw test -pl grader -Dgrader.e2e=true}.
 */
@EnabledIfSystemProperty(named = "grader.e2e", matches = "true")
@DisplayName("The grader, end to end, on fixture submissions")
class GraderEndToEndTest {

    private static final Path COURSE = ExerciseScannerTest.courseRoot();

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a zipped copy with chapter 01 solved and a compile error in chapter 04: full marks for 01, none for 04")
    void solutionsAndACompileError() throws Exception {
        Path course = copyOfCourse("alice-course");
        useSolution(course, "01-mutex", "course/mutex");
        Path bank = course.resolve("04-pitfalls/src/main/java/course/pitfalls/Bank.java");
        Files.writeString(bank, Files.readString(bank).replaceFirst("public class Bank \\{", "public class Bank { int broken = ;"));
        Path zip = zip(course, dir.resolve("alice.zip"));

        Grades.Report report = grade(zip, "01-mutex,04-pitfalls", "--inconclusive=full", "--retries=1");

        Grades.Chapter mutex = report.chapters().get(0);
        assertThat(mutex.earned()).as(text(report)).isEqualTo(10);
        assertThat(mutex.exercises()).extracting(Grades.Exercise::verdict).doesNotContain(Verdict.FAIL);
        Grades.Chapter pitfalls = report.chapters().get(1);
        assertThat(pitfalls.outcome()).isEqualTo("compile error");
        assertThat(pitfalls.earned()).isZero();
        assertThat(pitfalls.exercises()).allSatisfy(e -> assertThat(e.reason())
                .startsWith("compile error").contains("Bank.java"));
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("graded the course found in alice-course"));
        JsonObject results = JsonParser.parseString(Files.readString(dir.resolve("report/results.json"))).getAsJsonObject();
        assertThat(results.get("score").getAsInt()).isEqualTo(10);
        assertThat(results.getAsJsonArray("tests")).hasSize(9);
        assertThat(dir.resolve("report/grade.md")).content().contains("| 01-mutex | 10 / 10 | graded |");
        assertThat(dir.resolve("report/junit.xml")).exists();
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("the starters with an edited test, forged reports, a fake kit class and a service file earn nothing")
    void forgedResultsEarnNothing() throws Exception {
        Path course = copyOfCourse("bob");
        Path chapter = course.resolve("01-mutex");
        Files.writeString(chapter.resolve("src/test/java/course/mutex/HitCounterTest.java"), """
                package course.mutex;

                import course.kit.Exercise;
                import org.junit.jupiter.api.Test;

                @Exercise(id = "01.1", title = "Count every hit", points = 200)
                class HitCounterTest {
                    @Test
                    void alwaysPasses() {
                    }
                }
                """);
        write(chapter.resolve("src/main/java/course/kit/Gate.java"), "package course.kit; public @interface Gate { }");
        write(chapter.resolve("src/main/resources/META-INF/services/org.junit.platform.launcher.TestExecutionListener"),
                "course.mutex.AllGreen\n");
        write(chapter.resolve("target/scoreboard.json"), "{\"chapter\":\"01-mutex\",\"exercises\":[]}");
        write(chapter.resolve("target/surefire-reports/TEST-course.mutex.HitCounterTest.xml"),
                "<testsuite><testcase name=\"ok\"/></testsuite>");
        Path pom = chapter.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("</project>",
                "<properties><skipTests>true</skipTests></properties></project>"));
        Path tarball = dir.resolve("bob.tar.gz");
        run(dir, "tar", "czf", tarball.toString(), "-C", dir.toString(), "bob");

        Grades.Report report = grade(tarball, "01-mutex", "--retries=0");

        Grades.Chapter mutex = report.chapters().get(0);
        assertThat(mutex.earned()).as(text(report)).isZero();
        assertThat(mutex.points()).isEqualTo(10);
        assertThat(mutex.exercises()).extracting(Grades.Exercise::verdict).doesNotContain(Verdict.PASS);
        Grades.Exercise hits = mutex.exercises().get(0);
        assertThat(hits.points()).isEqualTo(2);
        assertThat(hits.reason()).contains("jcstress");
        assertThat(report.notes()).anySatisfy(n -> assertThat(n)
                .contains("01-mutex/src/test/java/course/mutex/HitCounterTest.java (changed)")
                .contains("01-mutex/pom.xml (changed)")
                .contains("META-INF/services/org.junit.platform.launcher.TestExecutionListener (added)")
                .doesNotContain("target/"));
    }

    @Test
    @Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("System.exit, an endless loop, an OutOfMemoryError and an output flood each fail their own exercise")
    void hostileCodeFailsItsOwnExercise() throws Exception {
        Path course = copyOfCourse("mallory");
        Path src = course.resolve("01-mutex/src/main/java/course/mutex");
        Files.writeString(src.resolve("HitCounter.java"), """
                package course.mutex;

                public class HitCounter {
                    public void hit() {
                        System.exit(3);
                    }

                    public long total() {
                        return 0;
                    }
                }
                """);
        Files.writeString(src.resolve("PageViews.java"), """
                package course.mutex;

                public class PageViews {
                    private volatile boolean stop;

                    public void view(String page) {
                        while (!stop) {
                            Thread.onSpinWait();
                        }
                    }

                    public long views(String page) {
                        return 0;
                    }
                }
                """);
        insertAtStartOf(src.resolve("AccessLog.java"), "public synchronized void record(String line) {", """
                        java.util.List<long[]> hog = new java.util.ArrayList<>();
                        while (hog.size() >= 0) {
                            hog.add(new long[1 << 20]);
                        }
                """);
        // From a thread of the test JVM: what jcstress's forks print never reaches the console.
        insertAtStartOf(src.resolve("RequestCounter.java"), "public class RequestCounter {", """
                    static {
                        Thread flood = new Thread(() -> {
                            for (long i = 0; i >= 0; i++) {
                                System.out.println("flooding the grader's output, line " + i);
                            }
                        });
                        flood.setDaemon(true);
                        flood.start();
                    }
                """);

        long start = System.nanoTime();
        Grades.Report report = grade(course, "01-mutex", "--retries=0", "--timeout=90", "--heap=256m", "--flood-mib=8");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Grades.Chapter mutex = report.chapters().get(0);
        assertThat(mutex.earned()).as(text(report)).isZero();
        assertThat(reason(mutex, "01.1")).contains("System.exit");
        assertThat(reason(mutex, "01.2")).contains("output flood");
        assertThat(reason(mutex, "01.3")).contains("OutOfMemoryError");
        assertThat(reason(mutex, "01.4")).contains("timed out");
        assertThat(took).as("one run of the chapter, four alone, one of them stopped at 90 s").isLessThan(Duration.ofMinutes(15));
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a stack overflow and a leaked non-daemon thread fail only their exercises of chapter 04")
    void stackOverflowAndLeakedThread() throws Exception {
        Path course = copyOfCourse("trudy");
        useSolution(course, "04-pitfalls", "course/pitfalls");
        Path src = course.resolve("04-pitfalls/src/main/java/course/pitfalls");
        Files.writeString(src.resolve("LineCollector.java"), """
                package course.pitfalls;

                import java.util.List;

                public class LineCollector {
                    public List<String> renderAll(List<String> sections) {
                        return renderAll(sections);
                    }

                    static String render(String section) {
                        return section;
                    }
                }
                """);
        Files.copy(COURSE.resolve("04-pitfalls/src/main/java/course/pitfalls/Dispatcher.java"), src.resolve("Dispatcher.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Grades.Report report = grade(course, "04-pitfalls", "--retries=1", "--inconclusive=full");

        Grades.Chapter pitfalls = report.chapters().get(0);
        assertThat(pitfalls.earned()).as(text(report)).isEqualTo(10 - 1 - 2);
        assertThat(reason(pitfalls, "04.5")).contains("StackOverflowError");
        assertThat(verdict(pitfalls, "04.2")).isEqualTo(Verdict.FAIL);
    }

    @Test
    @Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a deadlock and Runtime.halt each fail their own exercise, naming the deadlock; the others are graded as usual")
    void deadlockAndHaltFailTheirOwnExercise() throws Exception {
        Path course = copyOfCourse("oscar");
        useSolution(course, "01-mutex", "course/mutex");
        Path src = course.resolve("01-mutex/src/main/java/course/mutex");
        Files.copy(COURSE.resolve("01-mutex/src/main/java/course/mutex/RequestCounter.java"), src.resolve("RequestCounter.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // Every hit is audited on a second thread that takes the two locks in the opposite order:
        // both take their first lock, then each waits for the other's, forever. The test never returns.
        Files.writeString(src.resolve("HitCounter.java"), """
                package course.mutex;

                import java.util.concurrent.CountDownLatch;

                public class HitCounter {
                    private final Object countLock = new Object();
                    private final Object auditLock = new Object();
                    private long hits;

                    public void hit() {
                        CountDownLatch bothHoldOne = new CountDownLatch(2);
                        Thread auditor = new Thread(() -> {
                            synchronized (auditLock) {
                                meet(bothHoldOne);
                                synchronized (countLock) {
                                    System.out.println("audited " + hits);
                                }
                            }
                        }, "hit-auditor");
                        auditor.start();
                        synchronized (countLock) {
                            meet(bothHoldOne);
                            synchronized (auditLock) {
                                hits++;
                            }
                        }
                    }

                    public long total() {
                        synchronized (countLock) {
                            return hits;
                        }
                    }

                    private static void meet(CountDownLatch latch) {
                        latch.countDown();
                        try {
                            latch.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
                """);
        insertAtStartOf(src.resolve("AccessLog.java"), "public synchronized void record(String line) {", """
                        Runtime.getRuntime().halt(7);
                """);

        long start = System.nanoTime();
        Grades.Report report = grade(course, "01-mutex", "--retries=0", "--timeout=90");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Grades.Chapter mutex = report.chapters().get(0);
        assertThat(mutex.earned()).as(text(report)).isEqualTo(2);
        assertThat(reason(mutex, "01.1")).as(text(report)).startsWith("timed out").contains("deadlocked")
                .contains("\"hit-auditor\" waits for a java.lang.Object held by").contains("HitCounter.java")
                .contains("the stacks of its threads: logs/01-mutex-run");
        assertThat(reason(mutex, "01.3")).as(text(report)).contains("Runtime.halt").contains("exit status 7");
        assertThat(verdict(mutex, "01.2")).isEqualTo(Verdict.FAIL);
        assertThat(reason(mutex, "01.2")).as("the starter fails its own checks").doesNotContain("timed out")
                .doesNotContain("exited before");
        assertThat(verdict(mutex, "01.4")).as(text(report)).isEqualTo(Verdict.PASS);
        assertThat(took).as("one run of the chapter, four alone, one of them stopped at 90 s").isLessThan(Duration.ofMinutes(18));
    }

    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a class initializer that sets the kit's jcstress options and java.home does not get the racy starter past jcstress")
    void studentCodeCannotSetTheKitsOptions() throws Exception {
        Path course = copyOfCourse("carol");
        // AccessLog: the first test of the chapter makes one, before the first race check reads the options
        insertAtStartOf(course.resolve("01-mutex/src/main/java/course/mutex/AccessLog.java"), "public class AccessLog {", """
                    static {
                        System.setProperty("course.jcstress.options", "-iters 1 -time 1 -f 1 -t HitCounter_02.*");
                        System.setProperty("java.home", "/nonexistent");
                    }
                """);

        Grades.Report report = grade(course, "01-mutex", "--retries=0");

        Grades.Exercise hits = report.chapters().get(0).exercises().get(0);
        assertThat(hits.checks()).as(text(report))
                .filteredOn(c -> c.name().endsWith("(jcstress)")).singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.FAIL))
                .satisfies(c -> assertThat(c.message()).contains("lost update"));
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a submission that overwrites the kit's jar in the local repository spoils no later submission")
    void overwrittenKitIsInstalledAgain() throws Exception {
        Path spoiler = copyOfCourse("dave");
        insertAtStartOf(spoiler.resolve("01-mutex/src/main/java/course/mutex/AccessLog.java"), "public class AccessLog {", """
                    static {
                        try {
                            java.nio.file.Path kit = java.nio.file.Path.of(System.getProperty("user.home"), ".m2", "repository",
                                    "course", "concurrency", "grading-kit", "1.0-SNAPSHOT", "grading-kit-1.0-SNAPSHOT.jar");
                            java.nio.file.Files.write(kit, new byte[] {'P', 'K'});
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                """);
        grade(spoiler, "01-mutex", "--retries=0");

        Path next = copyOfCourse("erin");
        useSolution(next, "01-mutex", "course/mutex");
        Grades.Report report = grade(next, "01-mutex", "--retries=1", "--inconclusive=full");

        assertThat(report.chapters().get(0).earned()).as(text(report)).isEqualTo(10);
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a class of the kit's packages in the starter folder is refused and listed; the solved chapter keeps its points")
    void kitClassesAreNeverTakenFromASubmission() throws Exception {
        Path course = copyOfCourse("frank");
        useSolution(course, "01-mutex", "course/mutex");
        write(course.resolve("01-mutex/src/main/java/course/mutex/AllGreen.java"), """
                package course.kit.jcstress;

                public final class JcstressRun {
                }
                """);

        Grades.Report report = grade(course, "01-mutex", "--retries=1", "--inconclusive=full");

        assertThat(report.chapters().get(0).earned()).as(text(report)).isEqualTo(10);
        assertThat(report.chapters().get(0).notes()).as(text(report)).anySatisfy(n -> assertThat(n)
                .contains("01-mutex/src/main/java/course/mutex/AllGreen.java (declares package course.kit.jcstress"));
    }

    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a chapter folder that links to another student's solved copy earns nothing, and the link is listed")
    void linkedChapterEarnsNothing() throws Exception {
        Path solved = copyOfCourse("grace");
        useSolution(solved, "01-mutex", "course/mutex");
        Path linked = dir.resolve("heidi");
        Files.createDirectories(linked);
        Files.writeString(linked.resolve("pom.xml"), Files.readString(COURSE.resolve("pom.xml")));
        Files.createSymbolicLink(linked.resolve("01-mutex"), solved.resolve("01-mutex"));

        Grades.Report report = grade(linked, "01-mutex", "--retries=0");

        assertThat(report.chapters().get(0).earned()).as(text(report)).isZero();
        assertThat(report.chapters().get(0).notes()).anySatisfy(n -> assertThat(n).contains("01-mutex (a link, not followed)"));
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("the starter that rewrites its test reports and scoreboard at exit, and leaves a hidden process to rewrite the grade, earns nothing")
    void forgedReportsAndEscapedProcessesEarnNothing() throws Exception {
        Path course = copyOfCourse("ivan");
        Path report = dir.resolve("report");
        insertAtStartOf(course.resolve("01-mutex/src/main/java/course/mutex/AccessLog.java"), "public class AccessLog {", """
                    static {
                        if (System.getProperty("course.reportDir") != null) {
                            forge(java.nio.file.Path.of(System.getProperty("course.reportDir")));
                        }
                    }

                    private static void forge(java.nio.file.Path target) {
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                            try (var reports = java.nio.file.Files.newDirectoryStream(target.resolve("surefire-reports"), "TEST-*.xml")) {
                                java.nio.file.Files.writeString(target.resolve("scoreboard.json"), "{\\"chapter\\":\\"01-mutex\\","
                                        + "\\"exercises\\":[{\\"id\\":\\"01.1\\",\\"checks\\":[{\\"name\\":\\"ok\\",\\"verdict\\":\\"FAIL\\","
                                        + "\\"message\\":\\"machine busy, rerun\\"}]}]}");
                                for (java.nio.file.Path r : reports) {
                                    java.nio.file.Files.writeString(r, "<testsuite><testcase name=\\"ok\\"/></testsuite>");
                                }
                            } catch (java.io.IOException e) {
                                System.out.println("the shutdown hook could not forge: " + e);
                            }
                        }));
                        try {
                            new ProcessBuilder("sh", "-c", "(setsid sh -c 'while true; do for f in grade.md grade.json; do "
                                    + "echo forged-by-ivan > REPORT/$f; done; sleep 0.2; done' >/dev/null 2>&1 &)").start().waitFor();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                """.replace("REPORT", report.toString()));

        boolean sandboxed = Sandbox.find().sandbox().isPresent();
        Grades.Report graded;
        List<ProcessHandle> left;
        try {
            // not grade(): without a sandbox the hidden process lives on, and this case says so below
            graded = gradeOnly(course, "01-mutex", "--retries=0");
            Thread.sleep(1_000);
        } finally {
            left = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("forged-by-ivan")).toList();
            left.forEach(ProcessHandle::destroyForcibly);
        }

        Grades.Chapter mutex = graded.chapters().get(0);
        assertThat(mutex.earned()).as(text(graded)).isZero();
        assertThat(reason(mutex, "01.1")).as(text(graded)).doesNotContain("machine busy");
        if (!sandboxed) {
            // Without bubblewrap the forged reports are caught by the cross-check, and the process lives on.
            assertThat(graded.notes()).anySatisfy(n -> assertThat(n).startsWith("no sandbox"));
            return;
        }
        assertThat(reason(mutex, "01.1")).as("the real reason, from Maven's report").contains("jcstress");
        assertThat(report.resolve("grade.md")).content().doesNotContain("forged-by-ivan").contains("| 01-mutex | 0 / 10 |");
        assertThat(left).as("processes the submission started, alive after grading").isEmpty();
        assertThat(graded.notes()).as(text(graded)).noneSatisfy(n -> assertThat(n).startsWith("no sandbox"));
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a java that student code copied and started, with a jcmd of its own beside it, is never asked at the time limit")
    void studentsJcmdIsNeverRun() throws Exception {
        Path course = copyOfCourse("leo");
        useSolution(course, "01-mutex", "course/mutex");
        Path ran = dir.resolve("students-jcmd-ran");
        insertAtStartOf(course.resolve("01-mutex/src/main/java/course/mutex/HitCounter.java"), "public synchronized void hit() {", """
                        try {
                            java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("java.home"));
                            java.nio.file.Path fake = java.nio.file.Path.of(System.getProperty("course.reportDir"), "fake");
                            java.nio.file.Files.createDirectories(fake.resolve("bin"));
                            java.nio.file.Files.copy(home.resolve("bin/java"), fake.resolve("bin/java"));
                            java.nio.file.Files.createSymbolicLink(fake.resolve("lib"), home.resolve("lib"));
                            java.nio.file.Files.createSymbolicLink(fake.resolve("conf"), home.resolve("conf"));
                            java.nio.file.Files.writeString(fake.resolve("bin/jcmd"), "#!/bin/sh\\ntouch RAN\\n"
                                    + "echo 'Found one Java-level deadlock:'\\n");
                            fake.resolve("bin/jcmd").toFile().setExecutable(true);
                            java.nio.file.Files.writeString(fake.resolve("Sleeper.java"),
                                    "class Sleeper { public static void main(String[] a) throws Exception {"
                                    + " java.nio.file.Files.writeString(java.nio.file.Path.of(a[0]), \\"started\\"); Thread.sleep(600_000); } }");
                            new ProcessBuilder(fake.resolve("bin/java").toString(), fake.resolve("Sleeper.java").toString(),
                                    fake.resolve("started").toString()).start();
                            Thread.sleep(600_000);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                """.replace("RAN", ran.toString()));

        // The first check that calls hit() in the test JVM starts after jcstress and AccessLogTest: 20-25 s in.
        Grades.Report report = grade(course, "01-mutex", "--retries=0", "--timeout=60", "--keep-work=true");

        assertThat(dir.resolve("work/01-mutex-run1/01-mutex/target/fake/started")).as("the student's java ran").exists();
        assertThat(ran).as("the student's jcmd ran").doesNotExist();
        assertThat(reason(report.chapters().get(0), "01.1")).as(text(report)).startsWith("timed out")
                .doesNotContain("deadlocked");
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a flood straight to file descriptor 1 is stopped, and a harness failure's message written by student code earns no rerun")
    void floodPastSystemOutAndFakeHarnessFailure() throws Exception {
        Path course = copyOfCourse("judy");
        useSolution(course, "01-mutex", "course/mutex");
        Path src = course.resolve("01-mutex/src/main/java/course/mutex");
        insertAtStartOf(src.resolve("HitCounter.java"), "public class HitCounter {", """
                    static {
                        try (var out = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16)) {
                            byte[] line = "flooding file descriptor 1, past System.out\\n".getBytes();
                            for (int i = 0; i < 1_000_000; i++) {
                                out.write(line);
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                """);
        insertAtStartOf(src.resolve("PageViews.java"), "public void view(String page) {", """
                        if (page != null) {
                            throw new IllegalStateException("jcstress failed to run; see target/jcstress/console.log");
                        }
                """);

        Grades.Report report = grade(course, "01-mutex", "--retries=2", "--flood-mib=2");

        Grades.Chapter mutex = report.chapters().get(0);
        assertThat(reason(mutex, "01.1")).as(text(report)).contains("output flood").contains("file descriptor 1");
        Grades.Exercise views = mutex.exercises().stream().filter(e -> e.id().equals("01.4")).findFirst().orElseThrow();
        assertThat(views.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(views.attempts()).as("runs of 01.4: its own run, and the one alone after the flood").isLessThanOrEqualTo(2);
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a zip from Windows with clashing entries, and a file name and a message full of markup: the rest is graded, the clash listed, the markup stays text")
    void windowsZipWithClashesAndMarkup() throws Exception {
        Path course = copyOfCourse("ivan");
        useSolution(course, "01-mutex", "course/mutex");
        String markup = "# Grade: 10 of 10 points";
        insertAtStartOf(course.resolve("01-mutex/src/main/java/course/mutex/PageViews.java"), "public void view(String page) {",
                "        if (page != null) throw new IllegalStateException(\"boom\\n" + markup
                        + "\\n```\\n<img src=x onerror=alert(1)>\");");
        write(course.resolve("01-mutex/src/main/java/course/mutex/Notes_<b>bold<b>_`x`.java"), "package course.other;\n");
        write(course.resolve("Notizen f\u00fcr mich.txt"), "x");
        write(course.resolve("notes"), "a file");
        write(dir.resolve("under-notes.txt"), "a path under the file");
        Path zip = zip(course, dir.resolve("ivan.zip"), java.nio.charset.Charset.forName("IBM437"),
                List.of(dir.resolve("under-notes.txt")), "notes/todo.txt");

        Grades.Report report = grade(zip, "01-mutex", "--retries=0", "--inconclusive=full");

        Grades.Chapter mutex = report.chapters().get(0);
        assertThat(mutex.earned()).as(text(report)).isEqualTo(8);
        assertThat(verdict(mutex, "01.4")).isEqualTo(Verdict.FAIL);
        assertThat(reason(mutex, "01.4")).contains(markup);
        assertThat(report.notes()).as(text(report)).anySatisfy(n -> assertThat(n)
                .contains("ivan/notes/todo.txt (an earlier entry made ivan/notes a file, not a folder)"));
        assertThat(mutex.notes()).anySatisfy(n -> assertThat(n).contains("Notes_<b>bold<b>_`x`.java"));
        String md = Files.readString(dir.resolve("report/grade.md"));
        assertThat(md.lines().filter(l -> l.startsWith("#") && l.contains("Grade"))).containsExactly("# Grade: 8 of 10 points");
        assertThat(outsideCodeBlocks(md)).as("grade.md outside its code blocks, where Markdown renders HTML")
                .doesNotContainPattern("(?<!\\\\)<img").doesNotContainPattern("(?<!\\\\)<b>");
        assertThat(md).as("the message, kept whole in a code block").contains("<img src=x onerror=alert(1)>");
    }

    /** The lines of {@code md} that are not inside a fenced code block, where Markdown shows text as it is. */
    private static String outsideCodeBlocks(String md) {
        StringBuilder outside = new StringBuilder();
        String fence = null;
        for (String line : md.lines().toList()) {
            String s = line.strip();
            if (fence == null && s.startsWith("```")) {
                fence = s.substring(0, s.length() - s.replaceFirst("^`+", "").length());
            } else if (fence != null && s.equals(fence)) {
                fence = null;
            } else if (fence == null) {
                outside.append(line).append('\n');
            }
        }
        return outside.toString();
    }

    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("when the submission's time budget runs out, what is left is not run and the report says so")
    void timeBudgetEndsGrading() throws Exception {
        Path course = copyOfCourse("kim");
        useSolution(course, "01-mutex", "course/mutex");
        useSolution(course, "04-pitfalls", "course/pitfalls");

        long start = System.nanoTime();
        Grades.Report report = grade(course, "01-mutex,04-pitfalls", "--retries=0", "--budget=20");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(report.chapters().get(0).exercises()).as(text(report))
                .anySatisfy(e -> assertThat(e.reason()).contains("time budget of 20 s"));
        assertThat(report.chapters().get(1).outcome()).isEqualTo("out of time");
        assertThat(report.chapters().get(1).exercises())
                .allSatisfy(e -> assertThat(e.reason()).startsWith("not run: the submission's time budget of 20 s"));
        assertThat(report.score()).isLessThan(10);
        assertThat(took).as("20 s of runs, the compile and the kit's install").isLessThan(Duration.ofMinutes(3));
    }

    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("the same submission graded twice, in two work folders: the same reports, byte for byte, apart from times and figures")
    void regradeGivesTheSameReports() throws Exception {
        Path course = copyOfCourse("peggy");
        useSolution(course, "04-pitfalls", "course/pitfalls");
        Path src = course.resolve("04-pitfalls/src/main/java/course/pitfalls");
        Files.copy(COURSE.resolve("04-pitfalls/src/main/java/course/pitfalls/ReportJob.java"), src.resolve("ReportJob.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // A message that names a file of the work folder, as a student's own exception may.
        insertAtStartOf(src.resolve("LineCollector.java"), "public List<String> renderAll(List<String> sections) {", """
                        if (!sections.isEmpty()) {
                            throw new IllegalStateException("no room in " + java.nio.file.Path.of("target").toAbsolutePath());
                        }
                """);

        List<String> first = reports(gradeInto("first", course, "04-pitfalls", "--retries=0"), "first");
        List<String> second = reports(gradeInto("second", course, "04-pitfalls", "--retries=0"), "second");

        assertThat(dir.resolve("first-report/grade.json")).as("the reports name no work folder").content()
                .contains("no room in 04-pitfalls/target").doesNotContain("first-work");
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("report file %d, with every number written #", i).isEqualTo(first.get(i));
        }
    }

    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("files that fill the disk stop the run at its disk budget and fail only their own exercise")
    void diskFloodFailsItsOwnExercise() throws Exception {
        Path course = copyOfCourse("walter");
        useSolution(course, "04-pitfalls", "course/pitfalls");
        insertAtStartOf(course.resolve("04-pitfalls/src/main/java/course/pitfalls/LineCollector.java"),
                "public List<String> renderAll(List<String> sections) {", """
                        try (var out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of("target/lines.bin"))) {
                            byte[] mib = new byte[1 << 20];
                            for (int i = 0; i < 2048; i++) {
                                out.write(mib);
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                """);

        Grades.Report report = grade(course, "04-pitfalls", "--retries=0", "--inconclusive=full");

        Grades.Chapter pitfalls = report.chapters().get(0);
        assertThat(reason(pitfalls, "04.5")).as(text(report)).contains("disk flood: stored more than "
                + ChapterGrader.MAX_TARGET_BYTES / (1024 * 1024) + " MiB");
        assertThat(pitfalls.earned()).as(text(report)).isEqualTo(10 - 1);
    }

    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("a 10 MB message and 100 logs of 1 MiB written by student code: the exercise fails, the reports stay small")
    void hugeMessageAndLogsStayBounded() throws Exception {
        Path course = copyOfCourse("oscar");
        useSolution(course, "04-pitfalls", "course/pitfalls");
        insertAtStartOf(course.resolve("04-pitfalls/src/main/java/course/pitfalls/LineCollector.java"),
                "public List<String> renderAll(List<String> sections) {", """
                        try {
                            java.nio.file.Path logs = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/jmh"));
                            for (int i = 0; i < 100; i++) {
                                java.nio.file.Files.write(logs.resolve("student-" + i + ".log"), new byte[1 << 20]);
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        if (!sections.isEmpty()) {
                            throw new IllegalStateException("x".repeat(10_000_000));
                        }
                """);

        Grades.Report report = grade(course, "04-pitfalls", "--retries=0", "--inconclusive=full");

        Grades.Chapter pitfalls = report.chapters().get(0);
        assertThat(pitfalls.earned()).as(text(report)).isEqualTo(10 - 1);
        assertThat(reason(pitfalls, "04.5")).contains("more characters not kept").hasSizeLessThan(Grades.MAX_TEXT + 100);
        assertThat(dir.resolve("report/grade.json").toFile().length()).as("bytes in grade.json").isLessThan(1L << 20);
        try (Stream<Path> files = Files.walk(dir.resolve("report"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("student-")).count())
                    .as("the student's logs kept beside the reports").isLessThanOrEqualTo(ChapterGrader.MAX_HARNESS_LOGS);
        }
    }

    /**
     * Grades as {@code ./grade} does, then checks what every case must leave: no process of the
     * run alive, and reports that parse and stay small.
     */
    private Grades.Report grade(Path submission, String chapters, String... options) throws Exception {
        Grades.Report report = gradeOnly(submission, chapters, options);
        Path reports = dir.resolve("report");
        assertThat(processesOfThisCase()).as("processes of the runs still alive after grading").isEmpty();
        for (String json : List.of("grade.json", "results.json", "classroom.json")) {
            assertThat(JsonParser.parseString(Files.readString(reports.resolve(json))).isJsonObject()).isTrue();
        }
        try (Stream<Path> files = Files.walk(reports)) {
            assertThat(files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum())
                    .as("bytes in the report folder").isLessThan(32L * 1024 * 1024);
        }
        return report;
    }

    /** Grades as {@code ./grade} does, with this case's report and work folders. */
    private Grades.Report gradeOnly(Path submission, String chapters, String... options) throws Exception {
        return gradeInto("", submission, chapters, options);
    }

    /** Grades as {@code ./grade} does, into the report and work folders named {@code prefix}. */
    private Grades.Report gradeInto(String prefix, Path submission, String chapters, String... options) throws Exception {
        String folder = prefix.isEmpty() ? "" : prefix + "-";
        List<String> args = new ArrayList<>(List.of(submission.toString(), "--course=" + COURSE,
                "--report=" + dir.resolve(folder + "report"), "--work=" + dir.resolve(folder + "work"),
                "--chapters=" + chapters));
        args.addAll(List.of(options));
        Settings settings = Settings.parse(args.toArray(String[]::new));
        Grades.Report report = Grade.grade(ChapterSpec.course(COURSE), settings, System.out);
        ReportWriter.writeAll(report, settings.report());
        return report;
    }

    /** The five report files of the folder named {@code prefix}, each with every number (1,234.5) written {@code #}. */
    private List<String> reports(Grades.Report graded, String prefix) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("grade.md", "grade.json", "results.json", "junit.xml", "classroom.json")) {
            texts.add(Files.readString(dir.resolve(prefix + "-report").resolve(name)).replaceAll("\\d+([,.]\\d+)*", "#"));
        }
        assertThat(graded.score()).as("the score, before the numbers are hidden").isEqualTo(10 - 2 - 1);
        return texts;
    }

    /** Live processes whose command line names this case's folder: its runs' JVMs, sandboxes, shells. */
    private List<ProcessHandle> processesOfThisCase() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ProcessHandle> alive;
        do {
            alive = ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> p.info().commandLine().orElse("").contains(dir.toString())).toList();
            if (alive.isEmpty()) {
                return alive;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return alive;
    }

    /** A copy of the course as a student would hand it in: the pristine files, no build outputs. */
    private Path copyOfCourse(String name) {
        Path copy = dir.resolve(name);
        Workspace.copyCourse(COURSE, copy);
        return copy;
    }

    private static void useSolution(Path course, String chapter, String pkg) throws IOException {
        Path to = course.resolve(chapter).resolve("src/main/java").resolve(pkg);
        Workspace.deleteTree(to);
        Workspace.copyCourse(COURSE.resolve("solutions").resolve(chapter).resolve("src/main/java").resolve(pkg), to);
    }

    private static void insertAtStartOf(Path file, String method, String body) throws IOException {
        String source = Files.readString(file);
        String plain = method.replace("synchronized ", "");
        String found = source.contains(method) ? method : plain;
        assertThat(source).as("%s has %s", file.getFileName(), plain).contains(found);
        Files.writeString(file, source.replace(found, found + "\n" + body));
    }

    private static String reason(Grades.Chapter chapter, String id) {
        return chapter.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().reason();
    }

    private static Verdict verdict(Grades.Chapter chapter, String id) {
        return chapter.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().verdict();
    }

    /**
     * The report as grade.md gives it, then one line for each exercise that did not pass: a CI log
     * keeps the end of a long message, and the end then names what lost the points.
     */
    private static String text(Grades.Report report) {
        StringBuilder text = new StringBuilder(ReportWriter.markdown(report)).append("\nNot passed:");
        report.chapters().stream().flatMap(c -> c.exercises().stream()).filter(e -> e.verdict() != Verdict.PASS)
                .forEach(e -> {
                    String failed = e.checks().stream().filter(c -> c.verdict() != Verdict.PASS)
                            .map(c -> c.name() + ": " + c.measured() + " (" + c.threshold() + ")")
                            .collect(java.util.stream.Collectors.joining("; "));
                    text.append("\n  ").append(e.id()).append(' ').append(e.verdict()).append(' ').append(e.earned())
                            .append('/').append(e.points()).append(": ").append(failed.isEmpty() ? e.reason() : failed);
                });
        return text.toString();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static Path zip(Path root, Path zip) throws IOException {
        return zip(root, zip, StandardCharsets.UTF_8, List.of(), "");
    }

    /**
     * {@code root} zipped with its names in {@code names} (a zip that is not UTF-8 leaves its
     * flag unset, as Windows' zip does), then each of {@code extra} under {@code root/extraName}.
     */
    private static Path zip(Path root, Path zip, java.nio.charset.Charset names, List<Path> extra, String extraName)
            throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), names);
             Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(root.getFileName() + "/" + root.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            for (Path f : extra) {
                out.putNextEntry(new ZipEntry(root.getFileName() + "/" + extraName));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void run(Path in, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (OutputStream o = output) {
            p.getInputStream().transferTo(o);
        }
        assertThat(p.waitFor()).as(output.toString(StandardCharsets.UTF_8)).isZero();
    }
}
