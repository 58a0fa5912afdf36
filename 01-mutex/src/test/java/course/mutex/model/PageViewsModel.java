package course.mutex.model;

import course.mutex.PageViews;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Views of two different pages for Lincheck's model checker. Each page is its own
 * {@code nonParallelGroup}, so the two threads always view different pages: a view of one
 * page must finish while a view of the other is paused at any point inside {@code view}. Both
 * pages exist before the threads start, as on a busy site.
 */
public class PageViewsModel {

    private final PageViews views = new PageViews();

    public PageViewsModel() {
        views.view("/home");
        views.view("/search");
    }

    @Operation(nonParallelGroup = "home")
    public void viewHome() {
        views.view("/home");
    }

    @Operation(nonParallelGroup = "search")
    public void viewSearch() {
        views.view("/search");
    }
}
