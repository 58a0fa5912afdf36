package course.decisions;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

public class CartPricer {

    public record Line(long unitCents, int quantity) {
    }

    public long totalCents(List<Line> lines) {
        AtomicLong total = new AtomicLong();
        lines.parallelStream().forEach(line -> total.addAndGet(line.unitCents() * line.quantity()));
        return total.get();
    }
}
