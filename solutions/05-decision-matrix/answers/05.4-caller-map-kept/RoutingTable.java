package course.decisions;

import java.util.Collections;
import java.util.Map;

public class RoutingTable {

    private volatile Map<String, String> routes = Map.of();

    public String backendFor(String service) {
        return routes.get(service);
    }

    public void replaceAll(Map<String, String> table) {
        routes = Collections.unmodifiableMap(table);
    }
}
