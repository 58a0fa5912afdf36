package course.decisions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Quotes prices in the customer's currency: every request thread calls {@link #quote}. It
 * looks the article's price up in the catalog, converts it with {@link ExchangeRates} and
 * formats the answer.
 *
 * <p>Contract: {@code quote(sku, quantity, currency)} is the catalog price in euro cents, times
 * {@code quantity}, times the rate, rounded half-even to cents, formatted as in
 * {@code "tea x3 = 12.34 USD"}.
 */
public class QuoteService {

    /*
     * SOLUTION 05.7 is in ExchangeRates: this class was never the problem. A profile of the
     * starter (jfr view contention-by-site) put every blocked quote in one place, the
     * synchronized map inside ExchangeRates.rate; nothing here showed up at all. The BigDecimal
     * arithmetic costs some CPU, but no thread waits for another because of it, and a double
     * would get cents wrong (0.07 EUR at a rate of 1.5 is 0.105, which rounds half-even to
     * 0.10; in doubles it is 0.10500000000000001 and rounds to 0.11).
     */
    private final Map<String, Long> catalogCents;
    private final ExchangeRates rates;

    /** A service quoting the articles of {@code catalogCents} (prices in euro cents) with {@code rates}. */
    public QuoteService(Map<String, Long> catalogCents, ExchangeRates rates) {
        this.catalogCents = Map.copyOf(catalogCents);
        this.rates = rates;
    }

    /** The price of {@code quantity} times {@code sku} in {@code currency}, formatted. */
    public String quote(String sku, int quantity, String currency) {
        Long cents = catalogCents.get(sku);
        if (cents == null) {
            throw new IllegalArgumentException("no such article: " + sku);
        }
        BigDecimal euros = BigDecimal.valueOf(cents * quantity, 2);
        BigDecimal price = euros.multiply(rates.rate(currency)).setScale(2, RoundingMode.HALF_EVEN);
        return sku + " x" + quantity + " = " + price.toPlainString() + " " + currency;
    }
}
