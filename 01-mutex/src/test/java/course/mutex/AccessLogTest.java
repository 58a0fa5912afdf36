package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.ReadsWhileGrowing;
import course.kit.measure.Together;
import course.kit.measure.WhilePaused;
import course.mutex.races.AccessLog_01_SamePathTwice;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "01.3", title = "Keep the critical section small", points = 3,
        hint = "Which line of record() touches shared state? Only that one needs the lock. "
                + "See 01-mutex/README.md, 'Hints for 01.3'.")
@DisplayName("01.3 AccessLog parses outside the lock")
class AccessLogTest {

    /**
     * How long another thread may take to record its lines while one thread's parse is paused: a
     * thread that waits even 20 ms a line, for the paused parse, cannot record them all in time.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final int OTHER_LINES = 100;

    /**
     * The reader reads until it has watched this many new paths recorded alongside it, or for at most
     * {@code GROWING} (on two cores, a wrong read showed before 15,000; see ReadsWhileGrowing);
     * the writer starts a fresh log every {@code NEW_PATHS} paths.
     */
    private static final long KEYS_TO_WATCH = 200_000;
    private static final Duration GROWING = Duration.ofSeconds(2);
    private static final int NEW_PATHS = 1 << 16;
    /** Paths the 4 recording threads go through, each new to the log when first recorded. */
    private static final int PATHS = 20_000;

    @Test
    @DisplayName("lines are counted per normalized path")
    void countsPerPath() {
        AccessLog log = new AccessLog(AccessLines::pathOf);
        log.record(AccessLines.get("/cart"));
        log.record(AccessLines.get("/Cart/?item=42"));
        log.record(AccessLines.get("/home"));
        assertThat(log.hits("/cart")).isEqualTo(2);
        assertThat(log.hits("/home")).isEqualTo(1);
        assertThat(log.hits("/nowhere")).isZero();
    }

    /**
     * One thread's parse is paused, as a slow parse would be; meanwhile another thread records
     * 100 lines, half of them of the same path. Whatever the code waits with (a monitor, a lock, a
     * read lock, a semaphore, a spin loop), the other thread cannot finish if the paused one holds
     * it, nor if it waits a while for it on every line before going its own way.
     */
    @Test
    @Gate
    @DisplayName("while one thread's parse is paused, another thread records its lines")
    void parsesOutsideTheLock(TestReporter reporter) {
        WhilePaused probe = new WhilePaused(PATIENCE);
        AccessLog log = new AccessLog(line -> {
            probe.pauseHere();
            return AccessLines.pathOf(line);
        });
        WhilePaused.Outcome outcome = probe.run("a thread's parse of a /cart line", () -> log.record(AccessLines.get("/cart")),
                "another thread's record() of " + OTHER_LINES + " /cart and /home lines", () -> {
                    for (int i = 0; i < OTHER_LINES; i++) {
                        log.record(AccessLines.get(i % 2 == 0 ? "/cart" : "/home"));
                    }
                });
        Figures.report(reporter, outcome.othersProceeded() ? "the other thread finished during every pause ("
                + outcome.pauses() + ")" : "the other thread waited for the paused parse",
                "finishes within " + PATIENCE.toMillis() + " ms");
        assertThat(outcome.pauses()).as("times the parser was called by the paused thread").isPositive();
        assertThat(outcome.othersProceeded())
                .withFailMessage(() -> outcome.stuckAt() + "\nEvery thread that records a line waits for a parse it "
                        + "has nothing to do with: the parse runs while the thread holds what the update needs.")
                .isTrue();
        assertThat(log.hits("/cart")).as("hits of /cart").isEqualTo(1 + (long) outcome.pauses() * OTHER_LINES / 2);
    }

    /**
     * One path is recorded once; then another thread records new paths while this one reads the
     * first path's hits. A read of a HashMap without the update's lock can miss the path while
     * the table grows (see {@link ReadsWhileGrowing}).
     */
    @Test
    @DisplayName("the hits of a path stay readable while other threads record new paths")
    void readsWhileNewPathsArrive(TestReporter reporter) {
        String[] lines = IntStream.range(0, NEW_PATHS).mapToObj(i -> AccessLines.get("/p" + i)).toArray(String[]::new);
        ReadsWhileGrowing.Outcome outcome = ReadsWhileGrowing.run(KEYS_TO_WATCH, GROWING, NEW_PATHS, () -> {
            AccessLog log = new AccessLog(AccessLines::pathOf);
            log.record(AccessLines.get("/home"));
            return log;
        }, (log, i) -> log.record(lines[i]), log -> log.hits("/home"), 1);
        Figures.report(reporter, outcome.clean() ? String.format("all %,d reads saw 1, watching %,d new paths", outcome.reads(), outcome.keysWatched())
                : String.format("read %,d saw %s", outcome.reads(), outcome.wrong()), "every read sees 1");
        assertThat(outcome.clean()).withFailMessage(() -> String.format("hits(\"/home\") is 1 all along, but read %,d "
                + "gave %s, while another thread had recorded %,d lines of new paths. A HashMap read without the "
                + "update's lock can look into the table while put() moves the entries to a bigger one, and miss a path "
                + "that was there all along. Read under the same lock as the update, or keep the counts in a "
                + "ConcurrentHashMap.", outcome.reads(), outcome.wrong(), outcome.keysAdded())).isTrue();
    }

    @Test
    @DisplayName("two threads recording the same path at once count both (jcstress)")
    void noLostUpdate(TestReporter reporter) {
        JcstressRun.verdictOf(AccessLog_01_SamePathTwice.class).assertPassed(reporter);
    }

    /**
     * Each thread goes through the same 20,000 paths from a different starting point, so the
     * threads keep adding paths new to the log at the same time, as a site's logs do: a map changed
     * by two of them at once loses entries, or notices and throws.
     */
    @Test
    @DisplayName("4 threads x 20,000 lines: every hit counted")
    void countsFromFourThreads() {
        AccessLog log = new AccessLog(AccessLines::pathOf);
        String[] lines = IntStream.range(0, PATHS).mapToObj(i -> AccessLines.get("/p" + i)).toArray(String[]::new);
        List<String> thrown = Together.run("4 threads recording lines", 4, Duration.ofSeconds(30), t -> () -> {
            try {
                for (int i = 0; i < 20_000; i++) {
                    log.record(lines[(t * PATHS / 4 + i) % PATHS]);
                }
                return null;
            } catch (RuntimeException e) {
                return e.toString();
            }
        }).stream().filter(Objects::nonNull).toList();
        assertThat(thrown)
                .withFailMessage("record() threw on %d of 4 threads, %s: two threads changed one HashMap at once, and "
                        + "it noticed.", thrown.size(), thrown)
                .isEmpty();
        long counted = IntStream.range(0, PATHS).mapToLong(i -> log.hits("/p" + i)).sum();
        assertThat(counted)
                .withFailMessage("4 threads recorded 80,000 lines of %,d paths, and the log counted %,d: two threads "
                        + "changing one map at once lose what the other wrote.", PATHS, counted)
                .isEqualTo(80_000);
    }
}
