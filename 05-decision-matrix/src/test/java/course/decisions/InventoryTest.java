package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.races.Inventory_01_LastSeat;
import course.decisions.races.Inventory_02_ConsistentStock;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.Together;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.5", title = "Two fields, one invariant: a mutex", points = 2,
        hint = "Each atomic call is atomic; the sequence of them is not. "
                + "See 05-decision-matrix/README.md, 'Hints for 05.5'.")
@DisplayName("05.5 Inventory keeps its two counters consistent")
class InventoryTest {

    /** How long the buyer and the dashboard of {@link #everyReadingAddsUp} keep going. */
    private static final Duration BUSY_FOR = Duration.ofSeconds(1);

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

    /*
     * The same race as Inventory_02_ConsistentStock, caught another way. jcstress runs millions
     * of tiny trials and needs both threads on a core at once; on a busy machine they rarely
     * are. Here the two threads loop for a whole second, so the race also shows when they share
     * one core: every time the buyer is paused between its two calls, the dashboard's readings
     * come up one seat short until the buyer runs again.
     */
    @Test
    @Gate
    @DisplayName("a buyer and a dashboard busy for a second: every reading adds up to the seats")
    void everyReadingAddsUp(TestReporter reporter) {
        int seats = Integer.MAX_VALUE; // more than one buyer can take in a second
        Inventory inventory = new Inventory(seats);
        long end = System.nanoTime() + BUSY_FOR.toNanos();
        List<Readings> results = Together.run("a buyer reserving and a dashboard reading for "
                + BUSY_FOR.toSeconds() + " s", 2, Duration.ofSeconds(60), role -> () -> {
                    Readings readings = new Readings();
                    while (System.nanoTime() < end) {
                        if (role == 0) {
                            inventory.tryReserve();
                        } else {
                            readings.add(inventory.stock(), seats);
                        }
                    }
                    return readings;
                });
        Readings dashboard = results.get(1);
        Figures.report(reporter, Figures.count(dashboard.wrong) + " readings of " + Figures.count(dashboard.total)
                + " did not add up to the seats", "0");
        assertThat(dashboard.total).as("readings taken by the dashboard").isPositive();
        assertThat(dashboard.wrong).as("readings where available + reserved was not the number of seats "
                + "(a seat missing or counted twice)").isZero();
    }

    /** What the dashboard saw: how many readings, and how many of them did not add up. */
    private static final class Readings {
        long total;
        long wrong;

        void add(Inventory.Stock stock, int seats) {
            total++;
            if ((long) stock.available() + stock.reserved() != seats) {
                wrong++;
            }
        }
    }
}
