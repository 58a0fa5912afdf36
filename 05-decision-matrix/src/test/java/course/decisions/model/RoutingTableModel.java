package course.decisions.model;

import course.decisions.RoutingTable;
import java.util.Map;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Requests looking up two services while deployments move both from blue to green and back,
 * for Lincheck's model checker. Deployments run on one thread ({@code nonParallelGroup}), as
 * they do in production; lookups on both. Checked for obstruction-freedom: a lookup must finish
 * while the other thread is paused anywhere, also inside a deployment; and every lookup must
 * return what some one-at-a-time order of the deployments and lookups gives, so a request that
 * sees checkout on blue after cart on green (half a deployment) fails too.
 */
public class RoutingTableModel {

    private static final Map<String, String> BLUE = Map.of("cart", "blue", "checkout", "blue");
    private static final Map<String, String> GREEN = Map.of("cart", "green", "checkout", "green");

    private final RoutingTable table = new RoutingTable();

    public RoutingTableModel() {
        table.replaceAll(BLUE);
    }

    @Operation(nonParallelGroup = "deployments")
    public void deployGreen() {
        table.replaceAll(GREEN);
    }

    @Operation(nonParallelGroup = "deployments")
    public void deployBlue() {
        table.replaceAll(BLUE);
    }

    @Operation
    public String cart() {
        return table.backendFor("cart");
    }

    @Operation
    public String checkout() {
        return table.backendFor("checkout");
    }
}
