package course.decisions;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

public class ExchangeRates {

    private static final int KEPT = 64;

    private final Function<String, BigDecimal> source;

    private final Map<String, BigDecimal> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BigDecimal> eldest) {
                    return size() > KEPT;
                }
            });

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        return recent.computeIfAbsent(currency, source);
    }
}
