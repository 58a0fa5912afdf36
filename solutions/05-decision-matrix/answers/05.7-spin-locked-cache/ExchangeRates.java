package course.decisions;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

public class ExchangeRates {

    private final Function<String, BigDecimal> source;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Map<String, BigDecimal> rates = new HashMap<>();

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            return rates.computeIfAbsent(currency, source);
        } finally {
            busy.set(false);
        }
    }
}
