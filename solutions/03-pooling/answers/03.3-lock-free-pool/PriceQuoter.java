package course.pooling;

import java.util.concurrent.ConcurrentLinkedQueue;

public class PriceQuoter {

    static final class Quote {
        int quantity;
        long unitCents;
        long discountPercent;

        long totalCents() {
            long gross = quantity * unitCents;
            return gross - gross * discountPercent / 100;
        }
    }

    private final ConcurrentLinkedQueue<Quote> pool = new ConcurrentLinkedQueue<>();

    public long quote(int quantity, long unitCents) {
        Quote q = pool.poll();
        if (q == null) {
            q = new Quote();
        }
        try {
            q.quantity = quantity;
            q.unitCents = unitCents;
            q.discountPercent = quantity >= 100 ? 10 : quantity >= 10 ? 5 : 0;
            return q.totalCents();
        } finally {
            pool.offer(q);
        }
    }
}
