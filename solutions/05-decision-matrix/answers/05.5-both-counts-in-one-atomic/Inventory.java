package course.decisions;

import java.util.concurrent.atomic.AtomicLong;

public class Inventory {

    public record Stock(int available, int reserved) {
    }

    private final AtomicLong state;

    public Inventory(int seats) {
        state = new AtomicLong((long) seats << 32);
    }

    public boolean tryReserve() {
        long now;
        do {
            now = state.get();
            if ((int) (now >>> 32) == 0) {
                return false;
            }
        } while (!state.compareAndSet(now, now - (1L << 32) + 1));
        return true;
    }

    public Stock stock() {
        long now = state.get();
        return new Stock((int) (now >>> 32), (int) now);
    }
}
