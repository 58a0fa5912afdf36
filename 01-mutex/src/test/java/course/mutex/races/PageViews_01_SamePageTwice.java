package course.mutex.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.mutex.PageViews;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Two threads view the same page, never seen before, at once: both race to create its
 * counter. Striping must not let one of them create a second counter and drop the first.
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both views counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost view: both threads created the page's counter, one replaced the other")
@Outcome(expect = FORBIDDEN, desc = "impossible count for two views")
@State
public class PageViews_01_SamePageTwice {

    private final PageViews views = new PageViews();

    @Actor
    public void firstVisitor() {
        views.view("/home");
    }

    @Actor
    public void secondVisitor() {
        views.view("/home");
    }

    @Arbiter
    public void report(J_Result r) {
        r.r1 = views.views("/home");
    }
}
