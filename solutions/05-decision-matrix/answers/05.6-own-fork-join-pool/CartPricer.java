package course.decisions;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

public class CartPricer {

    public record Line(long unitCents, int quantity) {
    }

    private static final ForkJoinPool PRICING = new ForkJoinPool(2);

    public long totalCents(List<Line> lines) {
        return PRICING.submit(() -> lines.parallelStream()
                .mapToLong(line -> line.unitCents() * line.quantity())
                .sum()).join();
    }
}
