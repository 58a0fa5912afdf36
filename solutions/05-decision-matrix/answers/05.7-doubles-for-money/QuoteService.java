package course.decisions;

import java.util.Map;

public class QuoteService {

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
        double price = cents * quantity / 100.0 * rates.rate(currency).doubleValue();
        return sku + " x" + quantity + " = " + String.format("%.2f", Math.rint(price * 100) / 100) + " " + currency;
    }
}
