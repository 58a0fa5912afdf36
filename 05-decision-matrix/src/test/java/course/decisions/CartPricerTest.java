package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.CartPricer.Line;
import course.decisions.bench.CartBenchmarks;
import course.kit.Exercise;
import course.kit.Gate;
import course.kit.jmh.TimingGate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.6", title = "Sequential wins when the work is small", points = 2,
        hint = "Handing work to other threads has a price. Is 24 multiplications worth it? "
                + "See 05-decision-matrix/README.md, 'Hints for 05.6'.")
@DisplayName("05.6 CartPricer prices a small cart without handing it to other threads")
class CartPricerTest {

    @Test
    @DisplayName("the total is the sum of unit price times quantity")
    void totalsTheCart() {
        CartPricer pricer = new CartPricer();
        assertThat(pricer.totalCents(List.of())).isZero();
        assertThat(pricer.totalCents(List.of(new Line(250, 2), new Line(1_999, 1)))).isEqualTo(2_499);
        long expected = CartBenchmarks.CART.stream().mapToLong(l -> l.unitCents() * l.quantity()).sum();
        assertThat(pricer.totalCents(CartBenchmarks.CART)).isEqualTo(expected);
    }

    @Test
    @Gate
    @DisplayName("pricing a 24-line cart reaches 4x the throughput of a parallel stream (JMH)")
    void fasterThanParallelStream(TestReporter reporter) {
        TimingGate.of(CartBenchmarks.class)
                .threads(1)
                .candidate("cartPricer", "CartPricer")
                .baseline("parallelStream", "a parallel stream")
                .atLeast(4.0)
                .advice("The cart's work is far smaller than the cost of handing it to other threads: "
                        + "do it on the caller's thread.")
                .check(reporter);
    }
}
