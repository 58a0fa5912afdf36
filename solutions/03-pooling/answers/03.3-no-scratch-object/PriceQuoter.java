package course.pooling;

public class PriceQuoter {

    public long quote(int quantity, long unitCents) {
        long gross = quantity * unitCents;
        long discountPercent = quantity >= 100 ? 10 : quantity >= 10 ? 5 : 0;
        return gross - gross * discountPercent / 100;
    }
}
