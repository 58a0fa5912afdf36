package course.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Gate;
import course.kit.Figures;
import course.kit.jmh.TimingGate;
import course.kit.measure.Contention;
import course.pooling.bench.QuoteBenchmarks;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "03.3", title = "Remove a pool that makes things slower", points = 2,
        hint = "What does the pool save, and what does it cost on every call? "
                + "See 03-pooling/README.md, 'Hints for 03.3'.")
@DisplayName("03.3 PriceQuoter lets the JVM allocate its scratch objects")
class PriceQuoterTest {

    @Test
    @DisplayName("quotes apply no discount below 10 items, 5% from 10, 10% from 100")
    void quotes() {
        PriceQuoter quoter = new PriceQuoter();
        assertThat(quoter.quote(3, 1_000)).isEqualTo(3_000);
        assertThat(quoter.quote(10, 1_000)).isEqualTo(9_500);
        assertThat(quoter.quote(100, 999)).isEqualTo(89_910);
    }

    @Test
    @Gate
    @DisplayName("4 threads quoting at once do not wait for each other")
    void quotesNeverWait(TestReporter reporter) {
        PriceQuoter quoter = new PriceQuoter();
        long[] sink = new long[4];
        Contention contention = Contention.measure("4 threads quoting", 4, Duration.ofMillis(500),
                i -> () -> sink[i] += quoter.quote(12, 1_999));
        Figures.report(reporter, contention.summary("quotes"), Contention.threshold());
        contention.abortIfTooFewToTell();
        assertThat(contention.threadsRarelyStop())
                .withFailMessage("4 threads quoting %s: each stop is a thread waiting for the pool's lock, to save an "
                        + "allocation the JIT would have removed.", contention)
                .isTrue();
    }

    @Test
    @Gate
    @DisplayName("at 2 threads: at least 20x the throughput of the pooled design (JMH)")
    void outrunsThePool(TestReporter reporter) {
        TimingGate.of(QuoteBenchmarks.class)
                .candidate("priceQuoter", "PriceQuoter")
                .baseline("pooledQuoter", "the pooled design")
                .atLeast(20.0)
                .advice("Every quote still goes through a shared pool.")
                .check(reporter);
    }
}
