package course.decisions;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

public class ExchangeRates {

    private final Map<String, BigDecimal> rates = new ConcurrentHashMap<>();
    private final Function<String, BigDecimal> source;

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        BigDecimal rate = rates.get(currency);
        return rate != null ? rate : rates.computeIfAbsent(currency, source);
    }
}
