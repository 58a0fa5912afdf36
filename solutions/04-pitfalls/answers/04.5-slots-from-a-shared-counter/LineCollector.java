package course.pitfalls;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the sections of a long report into lines, using every core: each section's
 * rendering is independent and slow, so the sections are rendered in parallel.
 *
 * <p>Contract: {@code renderAll(sections)} returns one line per section, in the order of the
 * sections.
 */
public class LineCollector {

    /** One rendered line per section, in section order. */
    public List<String> renderAll(List<String> sections) {
        // No shared list: an array sized in advance, and each render claims the next free slot
        // with an atomic counter, so no two threads ever write the same element.
        String[] lines = new String[sections.size()];
        AtomicInteger next = new AtomicInteger();
        sections.parallelStream().forEach(section -> lines[next.getAndIncrement()] = render(section));
        return Arrays.asList(lines);
    }

    /** Renders one section: slow, independent of the others. */
    static String render(String section) {
        long checksum = 0;
        for (int round = 0; round < 2_000; round++) {
            checksum = checksum * 31 + section.hashCode() + round;
        }
        return section.toUpperCase(java.util.Locale.ROOT) + " #" + Long.toHexString(checksum & 0xffff);
    }
}
