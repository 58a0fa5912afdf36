package course.mutex;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.lincheck.ModelCheck;
import course.kit.measure.Together;
import course.mutex.model.PageViewsModel;
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
