package course.decisions;

import java.util.concurrent.atomic.AtomicReference;

public class Inventory {

    public record Stock(int available, int reserved) {
    }

    private final AtomicReference<Stock> stock;

    public Inventory(int seats) {
        stock = new AtomicReference<>(new Stock(seats, 0));
    }

    public boolean tryReserve() {
        Stock now;
        do {
            now = stock.get();
            if (now.available() == 0) {
                return false;
            }
        } while (!stock.compareAndSet(now, new Stock(now.available() - 1, now.reserved() + 1)));
        return true;
    }

    public Stock stock() {
        return stock.get();
    }
}
