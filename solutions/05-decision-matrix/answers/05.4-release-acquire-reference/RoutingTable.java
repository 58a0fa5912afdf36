package course.decisions;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

public class RoutingTable {

    private final AtomicReference<Map<String, String>> routes = new AtomicReference<>(Map.of());

    public String backendFor(String service) {
        return routes.getAcquire().get(service);
    }

    public void replaceAll(Map<String, String> table) {
        routes.setRelease(Map.copyOf(table));
    }
}
