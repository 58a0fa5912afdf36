package course.decisions;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Exchange rates from euros, fetched from a slow source once per currency and kept: every quote
 * asks for one. Part of exercise 05.7: see {@link QuoteService}.
 *
 * <p>Contract: {@code rate(currency)} returns what the source gives for {@code currency}, asking
 * the source at most once per currency while it is kept (the source is slow).
 */
public class ExchangeRates {

    private static final int KEPT = 64;

    private final Function<String, BigDecimal> source;

    /** The rates seen recently, least recently used first, so the oldest can be dropped. */
    private final Map<String, BigDecimal> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BigDecimal> eldest) {
                    return size() > KEPT;
                }
            });

    /** Rates fetched from {@code source}: a currency code in, euros-to-currency rate out. */
    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    /** The rate from euros to {@code currency}. */
    public BigDecimal rate(String currency) {
        return recent.computeIfAbsent(currency, source);
    }
}
