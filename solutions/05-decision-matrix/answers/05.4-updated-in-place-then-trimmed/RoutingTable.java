package course.decisions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class RoutingTable {

    private final Map<String, String> routes = new ConcurrentHashMap<>();

    public String backendFor(String service) {
        return routes.get(service);
    }

    public void replaceAll(Map<String, String> table) {
        routes.putAll(table);
        routes.keySet().retainAll(table.keySet());
    }
}
