package course.decisions;

import java.util.List;

public class CartPricer {

    public record Line(long unitCents, int quantity) {
    }

    public long totalCents(List<Line> lines) {
        var stream = lines.size() > 100_000 ? lines.parallelStream() : lines.stream();
        return stream.mapToLong(line -> line.unitCents() * line.quantity()).sum();
    }
}
