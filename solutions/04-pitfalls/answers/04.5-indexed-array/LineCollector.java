package course.pitfalls;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

public class LineCollector {

    public List<String> renderAll(List<String> sections) {
        String[] lines = new String[sections.size()];
        IntStream.range(0, lines.length).parallel().forEach(i -> lines[i] = render(sections.get(i)));
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
