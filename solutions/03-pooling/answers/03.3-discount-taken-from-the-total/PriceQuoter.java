package course.pooling;

public class PriceQuoter {

    public long quote(int quantity, long unitCents) {
        long percentPaid = quantity >= 100 ? 90 : quantity >= 10 ? 95 : 100;
        return quantity * unitCents * percentPaid / 100;
    }
}
