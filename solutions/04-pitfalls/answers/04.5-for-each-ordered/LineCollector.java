package course.pitfalls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class LineCollector {

    public List<String> renderAll(List<String> sections) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        sections.parallelStream().map(LineCollector::render).forEachOrdered(lines::add);
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
