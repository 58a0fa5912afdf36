package course.pitfalls;

import java.util.List;

/**
 * Renders the sections of a long report into lines, using every core: each section's
 * rendering is independent and slow, so the sections are rendered in parallel.
 *
 * <p>Contract: {@code renderAll(sections)} returns one line per section, in the order of the
 * sections.
 */
public class LineCollector {

    /*
     * SOLUTION 04.5. map() then toList(): each worker thread renders its part of the stream
     * into a container of its own, and the stream joins the parts in encounter order. No
     * shared mutable state, no lock, and the order of the sections is kept, which no shared
     * list (even a synchronized one) would give with forEach.
     *
     * The rule: lambdas passed to parallel streams, executors or CompletableFutures should
     * not write to anything they capture. Return values; let the framework combine them.
     */

    /** One rendered line per section, in section order. */
    public List<String> renderAll(List<String> sections) {
        return sections.parallelStream().map(LineCollector::render).toList();
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
