package course.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Gate;
import course.kit.Figures;
import course.kit.jmh.TimingGate;
import course.kit.lincheck.ModelCheck;
import course.kit.measure.Allocation;
import course.pooling.bench.QuoteBenchmarks;
import course.pooling.model.PriceQuoterModel;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "03.3", title = "Remove a pool that makes things slower", points = 2,
        hint = "What does the pool save, and what does it cost on every call? "
                + "See 03-pooling/README.md, 'Hints for 03.3'.")
@DisplayName("03.3 PriceQuoter lets the JVM allocate its scratch objects")
class PriceQuoterTest {

    /** New threads whose first quote is counted. */
    private static final int FRESH_THREADS = 20;

    /** An object the shape of a Quote: an int and two longs. Its size depends on the JVM's object header. */
    private static final class QuoteShaped {
        int quantity;
        long unitCents;
        long discountPercent;
    }

    private static Object keep;

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
    @DisplayName("no schedule of two threads quoting makes one wait for the other, or mixes their lines (Lincheck)")
    void quotesNeverWait(TestReporter reporter) {
        ModelCheck.of(PriceQuoterModel.class).assertNonBlocking(reporter, "quote()",
                "Each quote's scratch object is its own business: nothing about it needs to be shared, so nothing "
                        + "needs a lock.");
    }

    @Test
    @DisplayName("a thread's first quote allocates at most its own scratch object: no per-thread cache")
    void keepsNothingPerThread(TestReporter reporter) throws InterruptedException {
        keep = new QuoteShaped(); // loads the class, so that the count below is the object alone
        long scratchBytes = Allocation.bytesOf(() -> keep = new QuoteShaped());
        PriceQuoter quoter = new PriceQuoter();
        quoter.quote(12, 1_999);
        long[] allocated = new long[FRESH_THREADS];
        for (int t = 0; t < FRESH_THREADS; t++) {
            int slot = t;
            Thread fresh = new Thread(() -> allocated[slot] = Allocation.bytesOf(() -> quoter.quote(12, 1_999)));
            fresh.start();
            fresh.join(Duration.ofSeconds(10));
            assertThat(fresh.isAlive()).as("a fresh thread's first quote finished within 10 s").isFalse();
        }
        long most = java.util.Arrays.stream(allocated).max().orElseThrow();
        Figures.report(reporter, Figures.count(most) + " bytes allocated by the first quote of a new thread (most of "
                + FRESH_THREADS + " threads)", "at most " + scratchBytes + ", one Quote");
        assertThat(most)
                .withFailMessage("A new thread's first quote allocated %,d bytes, more than its %d-byte scratch object. That is "
                        + "a per-thread cache (a ThreadLocal map and entry, and a Quote kept for the thread's life): "
                        + "still a pool, one per thread, and with a virtual thread per request, one per request. "
                        + "Allocate the Quote in quote() and let it die there.", most, scratchBytes)
                .isLessThanOrEqualTo(scratchBytes);
    }

    @Test
    @Gate
    @DisplayName("at 2 threads: at least 20x the throughput of the pooled design (JMH)")
    void outrunsThePool(TestReporter reporter) {
        TimingGate.of(QuoteBenchmarks.class)
                .candidate("priceQuoter", "PriceQuoter")
                .baseline("pooledQuoter", "the pooled design")
                .atLeast(20.0)
                .advice("Every quote still shares something with the other threads: a pool, or a lock.")
                .check(reporter);
    }
}
