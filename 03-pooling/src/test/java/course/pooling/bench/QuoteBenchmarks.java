package course.pooling.bench;

import course.kit.jmh.ParallelismProbe;
import course.pooling.PriceQuoter;
import java.util.ArrayDeque;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/*
 * Every thread prices order lines as fast as it can through one shared quoter.
 *
 * "pooledQuoter" is the starter's design, kept here as the baseline: each quote borrows a
 * scratch object from a synchronized pool and gives it back. At one thread the two lock
 * operations cost more than the allocation they avoid; at two threads every quote queues on
 * the pool's lock, and the cost explodes as in chapter 1.
 *
 * "priceQuoter" is the learner's. Once the pool is gone, a quote allocates its scratch object,
 * or rather does not: the object never escapes quote(), so C2's escape analysis replaces it by
 * local variables. Expect 10x or more at 2 threads on a quiet 2-core machine.
 *
 * The returned totals go back to JMH, so the JIT cannot drop the work as dead code.
 */
@State(Scope.Benchmark)
public class QuoteBenchmarks extends ParallelismProbe {

    /** The starter's design, as the baseline: scratch objects from a synchronized pool. */
    static final class PooledQuoter {
        static final class Quote {
            int quantity;
            long unitCents;
            long discountPercent;
        }

        private final ArrayDeque<Quote> pool = new ArrayDeque<>();

        long quote(int quantity, long unitCents) {
            Quote q = borrow();
            try {
                q.quantity = quantity;
                q.unitCents = unitCents;
                q.discountPercent = quantity >= 100 ? 10 : quantity >= 10 ? 5 : 0;
                long gross = q.quantity * q.unitCents;
                return gross - gross * q.discountPercent / 100;
            } finally {
                release(q);
            }
        }

        private synchronized Quote borrow() {
            Quote q = pool.poll();
            return q != null ? q : new Quote();
        }

        private synchronized void release(Quote q) {
            pool.push(q);
        }
    }

    private final PooledQuoter pooledQuoter = new PooledQuoter();
    private final PriceQuoter priceQuoter = new PriceQuoter();
    private int quantity = 12;
    private long unitCents = 1_999;

    @Benchmark
    public long pooledQuoter() {
        return pooledQuoter.quote(quantity, unitCents);
    }

    @Benchmark
    public long priceQuoter() {
        return priceQuoter.quote(quantity, unitCents);
    }
}
