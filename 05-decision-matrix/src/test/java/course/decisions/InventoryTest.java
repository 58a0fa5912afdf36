package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.races.Inventory_01_LastSeat;
import course.decisions.races.Inventory_02_ConsistentStock;
import course.kit.Exercise;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.Together;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.5", title = "Two fields, one invariant: a mutex", points = 2,
        hint = "Each atomic call is atomic; the sequence of them is not. "
                + "See 05-decision-matrix/README.md, 'Hints for 05.5'.")
@DisplayName("05.5 Inventory keeps its two counters consistent")
class InventoryTest {

    @Test
    @DisplayName("seats are reserved until none is left")
    void reservesUntilSoldOut() {
        Inventory inventory = new Inventory(2);
        assertThat(inventory.tryReserve()).isTrue();
        assertThat(inventory.tryReserve()).isTrue();
        assertThat(inventory.tryReserve()).as("a third reservation of two seats").isFalse();
        assertThat(inventory.stock()).isEqualTo(new Inventory.Stock(0, 2));
    }

    @Test
    @DisplayName("4 threads reserving 10,000 seats get exactly 10,000")
    void neverOversells() {
        Inventory inventory = new Inventory(10_000);
        AtomicInteger granted = new AtomicInteger();
        Together.runAll("4 threads reserving seats", 4, Duration.ofSeconds(30), () -> {
            for (int n = 0; n < 5_000; n++) {
                if (inventory.tryReserve()) {
                    granted.incrementAndGet();
                }
            }
        });
        assertThat(granted).as("reservations granted").hasValue(10_000);
        assertThat(inventory.stock()).isEqualTo(new Inventory.Stock(0, 10_000));
    }

    @Test
    @Gate
    @DisplayName("two buyers never both get the last seat (jcstress)")
    void lastSeatSoldOnce(TestReporter reporter) {
        JcstressRun.verdictOf(Inventory_01_LastSeat.class).assertPassed(reporter);
    }

    @Test
    @Gate
    @DisplayName("the dashboard never sees a seat missing or counted twice (jcstress)")
    void stockIsConsistent(TestReporter reporter) {
        JcstressRun.verdictOf(Inventory_02_ConsistentStock.class).assertPassed(reporter);
    }
}
