package course.decisions;

import java.util.Map;

public class QuoteService {

    /** Rates are quoted to four decimals: kept as whole ten-thousandths, the arithmetic stays in longs. */
    private static final long RATE_UNIT = 10_000;

    private final Map<String, Long> catalogCents;
    private final ExchangeRates rates;

    public QuoteService(Map<String, Long> catalogCents, ExchangeRates rates) {
        this.catalogCents = Map.copyOf(catalogCents);
        this.rates = rates;
    }

    public String quote(String sku, int quantity, String currency) {
        Long cents = catalogCents.get(sku);
        if (cents == null) {
            throw new IllegalArgumentException("no such article: " + sku);
        }
        long rate = rates.rate(currency).movePointRight(4).longValue();
        long exact = cents * quantity * rate; // euro cents x ten-thousandths
        long price = exact / RATE_UNIT;
        long rest = exact % RATE_UNIT;
        if (rest > RATE_UNIT / 2 || (rest == RATE_UNIT / 2 && (price & 1) == 1)) {
            price++; // half-even, like BigDecimal, and unlike doubles
        }
        long fraction = price % 100;
        return sku + " x" + quantity + " = " + price / 100 + "." + (fraction < 10 ? "0" : "") + fraction + " " + currency;
    }
}
