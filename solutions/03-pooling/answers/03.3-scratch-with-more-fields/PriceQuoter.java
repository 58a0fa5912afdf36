package course.pooling;

public class PriceQuoter {

    /** A priced line, computed once when it is made; immutable, so it can never be shared wrongly. */
    static final class Quote {
        final int quantity;
        final long unitCents;
        final long discountPercent;
        final long grossCents;
        final long discountCents;

        Quote(int quantity, long unitCents) {
            this.quantity = quantity;
            this.unitCents = unitCents;
            this.discountPercent = quantity >= 100 ? 10 : quantity >= 10 ? 5 : 0;
            this.grossCents = quantity * unitCents;
            this.discountCents = grossCents * discountPercent / 100;
        }

        long totalCents() {
            return grossCents - discountCents;
        }
    }

    public long quote(int quantity, long unitCents) {
        return new Quote(quantity, unitCents).totalCents();
    }
}
