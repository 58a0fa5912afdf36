package course.decisions;

public class Inventory {

    public record Stock(int available, int reserved) {
    }

    private volatile Stock stock;

    public Inventory(int seats) {
        stock = new Stock(seats, 0);
    }

    public boolean tryReserve() {
        Stock now = stock;
        if (now.available() == 0) {
            return false;
        }
        stock = new Stock(now.available() - 1, now.reserved() + 1);
        return true;
    }

    public Stock stock() {
        return stock;
    }
}
