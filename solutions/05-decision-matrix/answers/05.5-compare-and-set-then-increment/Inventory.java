package course.decisions;

import java.util.concurrent.atomic.AtomicInteger;

public class Inventory {

    public record Stock(int available, int reserved) {
    }

    private final AtomicInteger available;
    private final AtomicInteger reserved = new AtomicInteger();

    public Inventory(int seats) {
        available = new AtomicInteger(seats);
    }

    public boolean tryReserve() {
        int left;
        do {
            left = available.get();
            if (left == 0) {
                return false;
            }
        } while (!available.compareAndSet(left, left - 1));
        reserved.incrementAndGet();
        return true;
    }

    public Stock stock() {
        return new Stock(available.get(), reserved.get());
    }
}
