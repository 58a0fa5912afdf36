package course.pooling;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;

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

    private final ArrayDeque<Quote> pool = new ArrayDeque<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    public long quote(int quantity, long unitCents) {
        Quote q = borrow();
        try {
            q.quantity = quantity;
            q.unitCents = unitCents;
            q.discountPercent = quantity >= 100 ? 10 : quantity >= 10 ? 5 : 0;
            return q.totalCents();
        } finally {
            release(q);
        }
    }

    private Quote borrow() {
        lock();
        try {
            Quote q = pool.poll();
            return q != null ? q : new Quote();
        } finally {
            busy.set(false);
        }
    }

    private void release(Quote q) {
        lock();
        try {
            pool.push(q);
        } finally {
            busy.set(false);
        }
    }

    private void lock() {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
    }
}
