package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.lincheck.ModelCheck;
import course.kit.measure.ReadsWhileGrowing;
import course.kit.measure.Together;
import course.mutex.model.PageViewsModel;
import course.mutex.races.PageViews_01_SamePageTwice;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "01.4", title = "One lock per page, not one for the site", points = 2,
        hint = "A view of /home and a view of /search share nothing but the lock. "
                + "See 01-mutex/README.md, 'Hints for 01.4'.")
@DisplayName("01.4 PageViews counts different pages independently")
class PageViewsTest {

    /**
     * The reader reads until it has watched this many new pages viewed alongside it, or for at most
     * {@code GROWING} (on two cores, a wrong read showed before 15,000; see ReadsWhileGrowing);
     * the writer starts a fresh counter every {@code NEW_PAGES} pages.
     */
    private static final long KEYS_TO_WATCH = 200_000;
    private static final Duration GROWING = Duration.ofSeconds(2);
    private static final int NEW_PAGES = 1 << 16;

    @Test
    @DisplayName("views are counted per page")
    void countsPerPage() {
        PageViews views = new PageViews();
        views.view("/home");
        views.view("/home");
        views.view("/search");
        assertThat(views.views("/home")).isEqualTo(2);
        assertThat(views.views("/search")).isEqualTo(1);
        assertThat(views.views("/never")).isZero();
        String minHash = "/akvafrzj"; // its hashCode() is Integer.MIN_VALUE, and Math.abs(Integer.MIN_VALUE) < 0
        try {
            views.view(minHash);
            assertThat(views.views(minHash)).as("views of %s", minHash).isEqualTo(1);
        } catch (RuntimeException e) {
            fail("view(\"%s\") threw %s. Its hashCode() is Integer.MIN_VALUE, and Math.abs of that is still negative: "
                    + "pick a stripe with Math.floorMod(hash, stripes) or hash & (stripes - 1).", minHash, e);
        }
    }

    /**
     * "/home" and "/search" have hash codes that differ in the two lowest bits, before and after
     * HashMap's spreading, so striping by hash over 4 or more stripes separates them.
     */
    @Test
    @Gate
    @DisplayName("a view of /home never waits for a view of /search paused inside view() (Lincheck)")
    void differentPagesNeverWait(TestReporter reporter) {
        ModelCheck.of(PageViewsModel.class).actorsPerThread(1).assertNonBlocking(reporter, "a view of the other page",
                "Views of different pages must share nothing they wait for: not one lock, not one stripe.");
    }

    /**
     * One page is viewed once; then another thread views new pages while this one reads the
     * first page's views. A read of a HashMap (or of one stripe's) without the update's lock can
     * miss the page while the table grows (see {@link ReadsWhileGrowing}).
     */
    @Test
    @DisplayName("the views of a page stay readable while other threads view new pages")
    void readsWhileNewPagesArrive(TestReporter reporter) {
        String[] pages = IntStream.range(0, NEW_PAGES).mapToObj(i -> "/p" + i).toArray(String[]::new);
        ReadsWhileGrowing.Outcome outcome = ReadsWhileGrowing.run(KEYS_TO_WATCH, GROWING, NEW_PAGES, () -> {
            PageViews views = new PageViews();
            views.view("/home");
            return views;
        }, (views, i) -> views.view(pages[i]), views -> views.views("/home"), 1);
        Figures.report(reporter, outcome.clean() ? String.format("all %,d reads saw 1, watching %,d new pages", outcome.reads(), outcome.keysWatched())
                : String.format("read %,d saw %s", outcome.reads(), outcome.wrong()), "every read sees 1");
        assertThat(outcome.clean()).withFailMessage(() -> String.format("views(\"/home\") is 1 all along, but read %,d "
                + "gave %s, while another thread had viewed %,d new pages. A HashMap read without the update's lock "
                + "can look into the table while put() moves the entries to a bigger one, and miss a page that was "
                + "there all along. Read under the lock that guards the page's map, or keep the counts in a "
                + "ConcurrentHashMap.", outcome.reads(), outcome.wrong(), outcome.keysAdded())).isTrue();
    }

    @Test
    @DisplayName("two first views of the same page at once count both (jcstress)")
    void noLostView(TestReporter reporter) {
        JcstressRun.verdictOf(PageViews_01_SamePageTwice.class).assertPassed(reporter);
    }

    @Test
    @DisplayName("4 threads x 50,000 views of the same 3 pages: every view counted")
    void countsSharedPages() {
        PageViews views = new PageViews();
        String[] pages = {"/home", "/search", "/cart"};
        Together.runAll("4 threads viewing 3 pages", 4, Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 50_000; i++) {
                views.view(pages[i % 3]);
            }
        });
        assertThat(views.views("/home") + views.views("/search") + views.views("/cart")).isEqualTo(200_000);
    }
}
