package course.decisions;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

public class ExchangeRates {

    private final Function<String, BigDecimal> source;
    private final Map<String, BigDecimal> rates = Collections.synchronizedMap(new HashMap<>());

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        return rates.computeIfAbsent(currency, source);
    }
}
