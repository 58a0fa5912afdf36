package course.decisions.bench;

import course.decisions.CartPricer;
import course.decisions.CartPricer.Line;
import course.kit.jmh.ParallelismProbe;
import java.util.List;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/*
 * One request thread prices 24-line carts, again and again (eight of them, in turn). The baseline is the design of the
 * starter: a parallel stream, which splits the list and hands the pieces to the common
 * fork-join pool. The work itself is 24 multiplications, a few tens of nanoseconds; the
 * hand-over costs microseconds, so a plain loop reaches 50-500x the baseline's throughput.
 * The effect is large and only grows on a busy machine (the pool's workers wait for a core),
 * which is why this is the one row of the matrix graded by timing alone.
 */
@State(Scope.Benchmark)
public class CartBenchmarks extends ParallelismProbe {

    /** A cart of 24 lines, as the benchmarks price them. */
    public static final List<Line> CART = cart(0);

    /** Carts of the same size, priced in turn: a pricer that remembers the last cart it priced gains nothing. */
    private static final List<List<Line>> CARTS = IntStream.range(0, 8).mapToObj(CartBenchmarks::cart).toList();

    private final CartPricer cartPricer = new CartPricer();
    private int next;

    private static List<Line> cart(int variant) {
        return IntStream.rangeClosed(1, 24).mapToObj(i -> new Line(199L * i + variant, 1 + (i + variant) % 3)).toList();
    }

    private List<Line> nextCart() {
        return CARTS.get(next++ & 7);
    }

    @Benchmark
    public long cartPricer() {
        return cartPricer.totalCents(nextCart());
    }

    @Benchmark
    public long parallelStream() {
        return nextCart().parallelStream().mapToLong(line -> line.unitCents() * line.quantity()).sum();
    }
}
