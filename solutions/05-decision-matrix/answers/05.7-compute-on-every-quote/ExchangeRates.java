package course.decisions;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

public class ExchangeRates {

    private final ConcurrentMap<String, BigDecimal> rates = new ConcurrentHashMap<>();
    private final Function<String, BigDecimal> source;

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        // One atomic call of the map, as in 05.1: the rate we have, or the source's once.
        return rates.compute(currency, (c, known) -> known != null ? known : source.apply(c));
    }
}
