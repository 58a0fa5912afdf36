package course.decisions;

import java.util.List;

public class CartPricer {

    public record Line(long unitCents, int quantity) {
    }

    public long totalCents(List<Line> lines) {
        return lines.stream().mapToLong(line -> line.unitCents() * line.quantity()).sum();
    }
}
