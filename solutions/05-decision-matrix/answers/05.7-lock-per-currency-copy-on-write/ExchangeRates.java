package course.decisions;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

public class ExchangeRates {

    private final Function<String, BigDecimal> source;
    private volatile Map<String, BigDecimal> rates = Map.of();
    /** One lock per currency, so that fetching a new currency never holds up a fetch of another. */
    private final Map<String, Object> fetching = new ConcurrentHashMap<>();

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        BigDecimal rate = rates.get(currency);
        if (rate != null) {
            return rate;
        }
        synchronized (fetching.computeIfAbsent(currency, c -> new Object())) {
            Map<String, BigDecimal> current = rates;
            rate = current.get(currency);
            if (rate == null) {
                rate = source.apply(currency);
                Map<String, BigDecimal> next = new HashMap<>(current);
                next.put(currency, rate);
                rates = Map.copyOf(next);
            }
            return rate;
        }
    }
}
