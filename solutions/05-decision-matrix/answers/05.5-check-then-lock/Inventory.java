package course.decisions;

public class Inventory {

    public record Stock(int available, int reserved) {
    }

    private volatile int available;
    private int reserved;

    public Inventory(int seats) {
        available = seats;
    }

    public boolean tryReserve() {
        if (available == 0) {
            return false;
        }
        synchronized (this) {
            available--;
            reserved++;
            return true;
        }
    }

    public Stock stock() {
        synchronized (this) {
            return new Stock(available, reserved);
        }
    }
}
