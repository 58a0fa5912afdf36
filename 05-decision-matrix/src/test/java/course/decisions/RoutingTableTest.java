package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.races.RoutingTable_01_AtomicReplace;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.measure.Contention;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.4", title = "Read-mostly data: readers must never wait", points = 2,
        hint = "An immutable map, published through a volatile field, needs no lock to read. "
                + "See 05-decision-matrix/README.md, 'Hints for 05.4'.")
@DisplayName("05.4 RoutingTable serves lookups without a lock")
class RoutingTableTest {

    private static final String[] SERVICES = {"cart", "checkout", "search", "account"};

    @Test
    @DisplayName("lookups return the backend of the table as last replaced")
    void looksUpTheCurrentTable() {
        RoutingTable table = new RoutingTable();
        assertThat(table.backendFor("cart")).isNull();
        table.replaceAll(Map.of("cart", "blue", "search", "blue"));
        table.replaceAll(Map.of("cart", "green"));
        assertThat(table.backendFor("cart")).isEqualTo("green");
        assertThat(table.backendFor("search")).as("a service the new table does not have").isNull();
    }

    @Test
    @Gate
    @DisplayName("4 threads looking up backends do not wait for each other")
    void readersNeverWait(TestReporter reporter) {
        RoutingTable table = new RoutingTable();
        table.replaceAll(Map.of("cart", "blue", "checkout", "blue", "search", "blue", "account", "blue"));
        int[] found = new int[4];
        Contention contention = Contention.measure("4 threads looking up backends", 4, Duration.ofMillis(500),
                i -> () -> found[i] += table.backendFor(SERVICES[i]).length());
        Figures.report(reporter, contention.summary("lookups"), Contention.threshold());
        contention.abortIfTooFewToTell();
        assertThat(contention.threadsRarelyStop())
                .withFailMessage("4 threads only reading the table %s: each stop is a reader waiting for another "
                        + "reader to release the table's lock.", contention)
                .isTrue();
    }

    @Test
    @DisplayName("a request never sees half a deployment (jcstress)")
    void replacementIsAtomic(TestReporter reporter) {
        JcstressRun.verdictOf(RoutingTable_01_AtomicReplace.class).assertPassed(reporter);
    }
}
