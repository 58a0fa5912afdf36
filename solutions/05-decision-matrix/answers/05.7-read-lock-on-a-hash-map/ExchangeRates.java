package course.decisions;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

public class ExchangeRates {

    private final Function<String, BigDecimal> source;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, BigDecimal> rates = new HashMap<>();

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        lock.readLock().lock();
        try {
            BigDecimal rate = rates.get(currency);
            if (rate != null) {
                return rate;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            return rates.computeIfAbsent(currency, source);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
