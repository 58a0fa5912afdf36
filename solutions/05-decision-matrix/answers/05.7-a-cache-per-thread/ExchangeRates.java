package course.decisions;

import java.math.BigDecimal;
import java.util.HashMap;
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

    /*
     * The profile showed the quoting threads waiting for each other on the shared cache. So
     * nothing is shared any more: each thread keeps its own map of the rates it has seen. No
     * lock, no contention, no cache line going back and forth, and a plain HashMap is safe,
     * since only its own thread ever touches it.
     */
    private final Function<String, BigDecimal> source;
    private final ThreadLocal<Map<String, BigDecimal>> seen = ThreadLocal.withInitial(HashMap::new);

    /** Rates fetched from {@code source}: a currency code in, euros-to-currency rate out. */
    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    /** The rate from euros to {@code currency}. */
    public BigDecimal rate(String currency) {
        return seen.get().computeIfAbsent(currency, source);
    }
}
