package course.pooling;

public class PriceQuoter {

    /** The discount tier of a line, as a value. */
    record Discount(long percent) {
        static Discount forQuantity(int quantity) {
            return new Discount(quantity >= 100 ? 10 : quantity >= 10 ? 5 : 0);
        }
    }

    /** One order line being priced: scratch state of one quote() call, never shared. */
    record Line(int quantity, long unitCents, Discount discount) {
        long totalCents() {
            long gross = quantity * unitCents;
            return gross - gross * discount.percent() / 100;
        }
    }

    public long quote(int quantity, long unitCents) {
        return new Line(quantity, unitCents, Discount.forQuantity(quantity)).totalCents();
    }
}
