package course.decisions;

import java.util.HashMap;
import java.util.Map;

public class RoutingTable {

    private volatile Map<String, String> routes = new HashMap<>();

    public String backendFor(String service) {
        return routes.get(service);
    }

    public void replaceAll(Map<String, String> table) {
        routes = new HashMap<>(table);
    }
}
