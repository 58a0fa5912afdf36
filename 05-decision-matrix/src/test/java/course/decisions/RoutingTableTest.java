package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.model.RoutingTableModel;
import course.decisions.races.RoutingTable_01_AtomicReplace;
import course.decisions.races.RoutingTable_02_RequestSeesDeployment;
import course.kit.Exercise;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.jcstress.TerminationRun;
import course.kit.lincheck.ModelCheck;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.4", title = "Read-mostly data: readers must never wait", points = 2,
        hint = "An immutable map, published through a volatile field, needs no lock to read. "
                + "See 05-decision-matrix/README.md, 'Hints for 05.4'.")
@DisplayName("05.4 RoutingTable serves lookups without a lock")
class RoutingTableTest {

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
    @DisplayName("a table is copied: the caller changing its map later changes nothing")
    void keepsItsOwnCopy() {
        RoutingTable table = new RoutingTable();
        Map<String, String> deployment = new HashMap<>(Map.of("cart", "blue"));
        table.replaceAll(deployment);
        deployment.put("cart", "green");
        assertThat(table.backendFor("cart")).as("cart's backend after the caller reused its map").isEqualTo("blue");
    }

    @Test
    @Gate
    @DisplayName("no schedule of deployments and lookups makes a lookup wait, or shows half a deployment (Lincheck)")
    void readersNeverWait(TestReporter reporter) {
        ModelCheck.of(RoutingTableModel.class).assertNonBlocking(reporter, "backendFor() or replaceAll()",
                "A lookup only reads: with the table published whole, as an immutable snapshot, it has nothing to "
                        + "wait for.");
    }

    @Test
    @DisplayName("a request waiting for a deployment sees it (termination test)")
    void deploymentIsVisible(TestReporter reporter) {
        TerminationRun.assertTerminates(RoutingTable_02_RequestSeesDeployment.class, reporter);
    }

    @Test
    @DisplayName("a request never sees half a deployment (jcstress)")
    void replacementIsAtomic(TestReporter reporter) {
        JcstressRun.verdictOf(RoutingTable_01_AtomicReplace.class).assertPassed(reporter);
    }
}
