package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.Contention;
import course.kit.measure.Together;
import course.mutex.races.PageViews_01_SamePageTwice;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "01.4", title = "One lock per page, not one for the site", points = 2,
        hint = "A view of /home and a view of /search share nothing but the lock. "
                + "See 01-mutex/README.md, 'Hints for 01.4'.")
@DisplayName("01.4 PageViews counts different pages independently")
class PageViewsTest {

    /**
     * One page per thread, four threads (more than this machine has cores, so a shared lock
     * shows itself even on a busy machine). Their hash codes differ in the two lowest bits,
     * before and after HashMap's spreading, so striping by hash over 4 or more stripes
     * separates them.
     */
    private static final String[] PAGES = {"/home", "/search", "/checkout", "/help"};
    private static final Duration MEASURE_FOR = Duration.ofMillis(500);

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
    }

    @Test
    @Gate
    @DisplayName("4 threads viewing 4 different pages do not wait for each other")
    void differentPagesNeverWait(TestReporter reporter) {
        PageViews views = new PageViews();
        for (String page : PAGES) {
            views.view(page); // the pages exist before the measurement: only steady-state views count
        }
        Contention contention = Contention.measure("4 threads viewing 4 different pages", PAGES.length, MEASURE_FOR,
                i -> () -> views.view(PAGES[i]));
        Figures.report(reporter, contention.summary("views of 4 different pages"), Contention.threshold());
        long counted = 0;
        for (String page : PAGES) {
            counted += views.views(page) - 1;
        }
        assertThat(counted).as("views counted").isEqualTo(contention.allOperations());
        contention.abortIfTooFewToTell();
        assertThat(contention.threadsRarelyStop())
                .withFailMessage("4 threads counting 4 different pages %s: views of different pages still wait "
                        + "for one shared lock.", contention)
                .isTrue();
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
