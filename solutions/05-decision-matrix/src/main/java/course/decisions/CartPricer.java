package course.decisions;

import java.util.List;

/**
 * Prices a shopping cart: the checkout calls {@link #totalCents} once per request, on the
 * request's own thread. A cart holds a handful of lines, rarely more than a few dozen.
 *
 * <p>Contract: the total is the sum of every line's unit price times its quantity.
 */
public class CartPricer {

    /** One line of a cart: an article's unit price and how many of it. */
    public record Line(long unitCents, int quantity) {
    }

    /*
     * SOLUTION 05.6. A loop on the caller's thread. 24 multiplications and additions take a
     * few tens of nanoseconds; the parallel stream spent microseconds splitting the list,
     * queueing tasks on the common fork-join pool, waking a worker and joining, and the
     * caller waited for all of it. No thread hand-over, no allocation, nothing shared.
     *
     * When does parallel win? When each element's work, times the number of elements, is far
     * larger than the hand-over: as a rule of thumb, at least tens of microseconds of work in
     * all, and the server is not already busy with other requests (on a loaded server a
     * parallel stream only steals cores from other requests). Measure it, as the benchmark of
     * this exercise does, before reaching for parallelStream().
     */
    /** The total price of {@code lines}, in cents. */
    public long totalCents(List<Line> lines) {
        long total = 0;
        for (Line line : lines) {
            total += line.unitCents() * line.quantity();
        }
        return total;
    }
}
