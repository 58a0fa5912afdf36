package course.pitfalls;

import java.util.Arrays;
import java.util.List;

public class LineCollector {

    public List<String> renderAll(List<String> sections) {
        String[] lines = new String[sections.size()];
        // each section writes only its own slot: no shared list, and the order is the sections'
        sections.parallelStream().forEach(section -> lines[sections.indexOf(section)] = render(section));
        return Arrays.asList(lines);
    }

    static String render(String section) {
        long checksum = 0;
        for (int round = 0; round < 2_000; round++) {
            checksum = checksum * 31 + section.hashCode() + round;
        }
        return section.toUpperCase(java.util.Locale.ROOT) + " #" + Long.toHexString(checksum & 0xffff);
    }
}
