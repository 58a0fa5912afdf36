package course.decisions;

import java.util.List;
import java.util.concurrent.CompletableFuture;

public class CartPricer {

    public record Line(long unitCents, int quantity) {
    }

    public long totalCents(List<Line> lines) {
        int half = lines.size() / 2;
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> sum(lines.subList(0, half)));
        long second = sum(lines.subList(half, lines.size()));
        return first.join() + second;
    }

    private static long sum(List<Line> lines) {
        long total = 0;
        for (Line line : lines) {
            total += line.unitCents() * line.quantity();
        }
        return total;
    }
}
