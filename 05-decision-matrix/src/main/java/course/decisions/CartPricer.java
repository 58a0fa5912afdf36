package course.decisions;

import java.util.List;

/**
 * Prices a shopping cart: the checkout calls {@link #totalCents} once per request, on the
 * request's own thread. A cart holds a handful of lines, rarely more than a few dozen.
 *
 * <p>Contract: the total is the sum of every line's unit price times its quantity.
 *
 * <h2>TASK 05.6 - Sequential wins when the work is small (2 points)</h2>
 * Row "plain sequential code" of the matrix. A parallel stream looks free: one word, and every
 * core helps. But it splits the list into tasks, hands them to the common fork-join pool, wakes
 * its workers and joins their results. For a few dozen multiplications that bookkeeping costs
 * a thousand times more than the work itself, and the request's thread waits for all of it.
 * <p>Graded by: {@code ./mvnw test -pl 05-decision-matrix}: pricing a 24-line cart must reach
 * at least 4x the throughput of the parallel stream, measured in the same JMH run.
 */
public class CartPricer {

    /** One line of a cart: an article's unit price and how many of it. */
    public record Line(long unitCents, int quantity) {
    }

    /** The total price of {@code lines}, in cents. */
    public long totalCents(List<Line> lines) {
        return lines.parallelStream() // TODO 05.6: handing 24 multiplications to other threads costs far more than doing them
                .mapToLong(line -> line.unitCents() * line.quantity())
                .sum();
    }
}
