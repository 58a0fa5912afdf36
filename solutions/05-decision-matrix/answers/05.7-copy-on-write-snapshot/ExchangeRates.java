package course.decisions;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

public class ExchangeRates {

    private final Function<String, BigDecimal> source;
    private volatile Map<String, BigDecimal> rates = Map.of();

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        BigDecimal rate = rates.get(currency);
        if (rate != null) {
            return rate;
        }
        synchronized (this) {
            rate = rates.get(currency);
            if (rate == null) {
                rate = source.apply(currency);
                Map<String, BigDecimal> next = new HashMap<>(rates);
                next.put(currency, rate);
                rates = Map.copyOf(next);
            }
            return rate;
        }
    }
}
