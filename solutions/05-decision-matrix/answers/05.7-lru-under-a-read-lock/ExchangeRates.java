package course.decisions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

public class ExchangeRates {

    private final Function<String, BigDecimal> source;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, BigDecimal> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BigDecimal> eldest) {
            return size() > 64;
        }
    };

    public ExchangeRates(Function<String, BigDecimal> source) {
        this.source = source;
    }

    public BigDecimal rate(String currency) {
        lock.readLock().lock();
        try {
            BigDecimal rate = recent.get(currency);
            if (rate != null) {
                return rate;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            return recent.computeIfAbsent(currency, source);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
