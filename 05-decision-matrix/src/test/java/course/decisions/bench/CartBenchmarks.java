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
 * One request thread prices a 24-line cart, again and again. The baseline is the design of the
 * starter: a parallel stream, which splits the list and hands the pieces to the common
 * fork-join pool. The work itself is 24 multiplications, a few tens of nanoseconds; the
 * hand-over costs microseconds, so a plain loop reaches 50-500x the baseline's throughput.
 * The effect is large and only grows on a busy machine (the pool's workers wait for a core),
 * which is why this is the one row of the matrix graded by timing alone.
 */
@State(Scope.Benchmark)
public class CartBenchmarks extends ParallelismProbe {

    /** The cart every benchmark prices. */
    public static final List<Line> CART = IntStream.rangeClosed(1, 24)
            .mapToObj(i -> new Line(199L * i, 1 + i % 3))
            .toList();

    private final CartPricer cartPricer = new CartPricer();

    @Benchmark
    public long cartPricer() {
        return cartPricer.totalCents(CART);
    }

    @Benchmark
    public long parallelStream() {
        return CART.parallelStream().mapToLong(line -> line.unitCents() * line.quantity()).sum();
    }
}
