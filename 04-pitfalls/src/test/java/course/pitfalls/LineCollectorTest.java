package course.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "04.5", title = "A lambda that captured a shared list", points = 1,
        hint = "A parallel stream can collect its results itself, in order. "
                + "See 04-pitfalls/README.md, 'Hints for 04.5'.")
@DisplayName("04.5 LineCollector collects in parallel without a shared list")
class LineCollectorTest {

    private static final int SECTIONS = 2_000;

    @Test
    @Gate
    @DisplayName("2,000 sections rendered in parallel: 2,000 lines, in section order")
    void everyLineInOrder(TestReporter reporter) {
        // Each title twice, as a report's "Summary" can be: a line's place comes from its position, not its text.
        List<String> titles = IntStream.range(0, SECTIONS).mapToObj(i -> "section " + i % (SECTIONS / 2)).toList();
        List<String> expected = titles.stream().map(LineCollector::render).toList();
        SecondHalfFirst sections = new SecondHalfFirst(titles);
        List<String> lines = null;
        try {
            lines = new LineCollector().renderAll(sections);
        } catch (RuntimeException corrupted) {
            fail("renderAll threw " + corrupted + ": threads that add to one ArrayList at once can corrupt it, "
                    + "and it throws");
        }
        String order = lines.equals(expected) ? "in order" : "not in order";
        Figures.report(reporter, Figures.count(lines.size()) + " lines for " + Figures.count(SECTIONS) + " sections, "
                + order + ", read by " + sections.readers() + " thread(s)", Figures.count(SECTIONS) + " lines, in order");
        assertThat(lines.size())
                .withFailMessage("%s sections gave %s lines: threads adding to one ArrayList at once lost some.",
                        Figures.count(SECTIONS), Figures.count(lines.size()))
                .isEqualTo(SECTIONS);
        assertThat(lines)
                .withFailMessage("all lines are there, but not in section order: this run let the threads rendering "
                        + "the second half go first (section 0 waited for them), and the first line is %s. forEach on "
                        + "a parallel stream runs in whatever order the threads go; a line's place must come from its "
                        + "section's position.", lines.isEmpty() ? "missing" : "\"" + lines.get(0) + "\"")
                .isEqualTo(expected);
    }

    /**
     * The sections, with one order forced on whoever reads them in parallel: reading section 0
     * waits until another thread has read ten sections of the second half. An answer that places
     * lines in the order threads finish then puts second-half lines first on every run, not only
     * when the scheduler happens to. The wait ends after a second when nobody else reads (a
     * sequential answer), and after ten while the common pool holds work not started yet: a
     * parallel stream's second half waits there, and on a loaded machine its worker can start
     * more than a second late (CI saw one, and the caller then rendered in order alone).
     */
    private static final class SecondHalfFirst extends AbstractList<String> implements RandomAccess {
        private static final int READS_BEFORE_SECTION_0 = 10;
        private static final long ALONE_NANOS = TimeUnit.SECONDS.toNanos(1);
        private static final long WORK_QUEUED_NANOS = TimeUnit.SECONDS.toNanos(10);

        private final List<String> titles;
        private final CountDownLatch secondHalfRead = new CountDownLatch(READS_BEFORE_SECTION_0);
        private final Set<Thread> readers = ConcurrentHashMap.newKeySet();

        SecondHalfFirst(List<String> titles) {
            this.titles = titles;
        }

        @Override
        public String get(int index) {
            readers.add(Thread.currentThread());
            if (index >= titles.size() / 2) {
                secondHalfRead.countDown();
            } else if (index == 0) {
                awaitSecondHalf();
            }
            return titles.get(index);
        }

        private void awaitSecondHalf() {
            long start = System.nanoTime();
            try {
                while (!secondHalfRead.await(20, TimeUnit.MILLISECONDS)) {
                    ForkJoinPool pool = ForkJoinPool.commonPool();
                    boolean queued = pool.getQueuedSubmissionCount() + pool.getQueuedTaskCount() > 0;
                    if (System.nanoTime() - start > (queued ? WORK_QUEUED_NANOS : ALONE_NANOS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public int size() {
            return titles.size();
        }

        int readers() {
            return readers.size();
        }
    }
}
