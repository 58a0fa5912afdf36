package course.pitfalls;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the sections of a long report into lines, using every core: each section's
 * rendering is independent and slow, so the sections are rendered in parallel.
 *
 * <p>Contract: {@code renderAll(sections)} returns one line per section, in the order of the
 * sections.
 *
 * <h2>TASK 04.5 - A lambda that captured a shared list (1 point)</h2>
 * Java will not let a lambda capture a changing local variable (Go had that bug until 1.22),
 * but it will let it capture an object and change that object from many threads. The parallel
 * stream calls {@code lines.add} from several threads at once on a plain {@code ArrayList}:
 * lines get lost, or the list's array gets corrupted, and the order is whatever the threads
 * happened to do. Let the stream build the result instead of adding to a shared list.
 * <p>Graded by: {@code ./mvnw test -pl 04-pitfalls}: rendering 2,000 sections must return 2,000
 * lines, in section order.
 */
public class LineCollector {

    /** One rendered line per section, in section order. */
    public List<String> renderAll(List<String> sections) {
        List<String> lines = new ArrayList<>();
        sections.parallelStream().forEach(section -> lines.add(render(section))); // TODO 04.5: shared, unsynchronized list
        return lines;
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
