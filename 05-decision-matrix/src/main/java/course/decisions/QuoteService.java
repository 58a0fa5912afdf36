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
 *
 * <h2>TASK 05.7 - Profile before you optimize (2 points)</h2>
 * Under load, four request threads quote far more slowly together than one would predict, and
 * they keep stopping. Something in the path of a quote makes them wait for each other. Do not
 * guess: the graded check records a profile of the threads while they quote (JDK Flight
 * Recorder) and prints the command that shows where they waited. Read it, find the one place,
 * fix that, and keep every quote exact (the money arithmetic is not the problem; rewriting it
 * with doubles is the classic wrong guess, and it gets cents wrong).
 * <p>Graded by: {@code ./mvnw test -pl 05-decision-matrix}: 4 threads quoting stop less than
 * once per million quotes; Lincheck pauses one quoting thread anywhere and the other must still
 * finish; a quote in a currency already fetched writes nothing the others read; each quote
 * exact, and the slow source asked once per currency.
 * README: "Reading a profile".
 */
public class QuoteService {

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
