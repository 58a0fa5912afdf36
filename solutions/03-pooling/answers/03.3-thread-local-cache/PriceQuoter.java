package course.pooling;

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

    private final ThreadLocal<Quote> scratch = ThreadLocal.withInitial(Quote::new);

    public long quote(int quantity, long unitCents) {
        Quote q = scratch.get();
        q.quantity = quantity;
        q.unitCents = unitCents;
        q.discountPercent = quantity >= 100 ? 10 : quantity >= 10 ? 5 : 0;
        return q.totalCents();
    }
}
