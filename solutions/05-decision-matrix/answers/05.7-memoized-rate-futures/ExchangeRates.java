package course.decisions;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
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
     * The memoizer of Java Concurrency in Practice (5.6): a concurrent map from currency to the
     * future of its rate. The first thread to ask for a currency puts its FutureTask in with
     * putIfAbsent and runs it; the others find that future and wait for it; later quotes read a
     * completed future, which neither locks nor writes anything. Unlike computeIfAbsent(), the
     * slow fetch runs outside the map: no bin of it stays locked for the source's 50 ms, so a
     * quote in a currency already known never waits behind a new one that shares its bin.
     * About 180 currencies exist: nothing needs evicting.
     */
    private final Function<String, BigDecimal> source;
    private final ConcurrentMap<String, Future<BigDecimal>> rates = new ConcurrentHashMap<>();

    /** Rates fetched from {@code source}: a currency code in, euros-to-currency rate out. */
    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    /** The rate from euros to {@code currency}. */
    public BigDecimal rate(String currency) {
        Future<BigDecimal> rate = rates.get(currency);
        if (rate == null) {
            FutureTask<BigDecimal> fetch = new FutureTask<>(() -> source.apply(currency));
            rate = rates.putIfAbsent(currency, fetch);
            if (rate == null) {
                rate = fetch;
                fetch.run(); // on this thread: the one that asked first fetches
            }
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return rate.get(); // a completed future returns at once
                } catch (InterruptedException e) {
                    interrupted = true; // keep waiting for the fetch; the flag is restored below
                } catch (ExecutionException e) {
                    rates.remove(currency, rate); // a failed fetch is not kept: the next quote asks again
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("the rate source failed for " + currency, cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
