package course.decisions;

public class Inventory {

    public record Stock(int available, int reserved) {
    }

    private final Object availableLock = new Object();
    private final Object reservedLock = new Object();
    private int available;
    private int reserved;

    public Inventory(int seats) {
        available = seats;
    }

    public boolean tryReserve() {
        synchronized (availableLock) {
            if (available == 0) {
                return false;
            }
            available--;
        }
        synchronized (reservedLock) {
            reserved++;
        }
        return true;
    }

    public Stock stock() {
        int free;
        synchronized (availableLock) {
            free = available;
        }
        synchronized (reservedLock) {
            return new Stock(free, reserved);
        }
    }
}
