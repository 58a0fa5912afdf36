package course.pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

public class LineCollector {

    public List<String> renderAll(List<String> sections) {
        Queue<String> rendered = new ConcurrentLinkedQueue<>();
        sections.parallelStream().forEach(section -> rendered.add(render(section)));
        List<String> lines = new ArrayList<>(rendered);
        lines.sort(null);
        return lines;
    }

    static String render(String section) {
        long checksum = 0;
        for (int round = 0; round < 2_000; round++) {
            checksum = checksum * 31 + section.hashCode() + round;
        }
        return section.toUpperCase(java.util.Locale.ROOT) + " #" + Long.toHexString(checksum & 0xffff);
    }
}
