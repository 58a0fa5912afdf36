package course.pooling;

public class PriceQuoter {

    record Quote(int quantity, long unitCents) {
        long discountPercent() {
            return quantity >= 100 ? 10 : quantity >= 10 ? 5 : 0;
        }

        long totalCents() {
            long gross = quantity * unitCents;
            return gross - gross * discountPercent() / 100;
        }
    }

    public long quote(int quantity, long unitCents) {
        return new Quote(quantity, unitCents).totalCents();
    }
}
