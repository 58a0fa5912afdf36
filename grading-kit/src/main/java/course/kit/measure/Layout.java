package course.kit.measure;

import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.info.GraphLayout;

/**
 * Where the JVM that runs the test really placed a class's fields, read with JOL. Field order
 * in the source means nothing: the JVM reorders fields as it likes (and JDK 15 changed how).
 */
public final class Layout {

    private Layout() {
    }

    /** The offset of the named field (declared in {@code type} or a superclass), in bytes. */
    public static long offsetOf(Class<?> type, String field) {
        return ClassLayout.parseClass(type).fields().stream()
                .filter(f -> f.name().equals(field))
                .mapToLong(FieldLayout::offset)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no field named '" + field + "'"));
    }

    /** The distance in bytes between two fields of an instance of {@code type}. */
    public static long distance(Class<?> type, String fieldA, String fieldB) {
        return Math.abs(offsetOf(type, fieldA) - offsetOf(type, fieldB));
    }

    /**
     * The bytes taken by {@code root} and every object it reaches: what its data really costs
     * in memory, headers and padding included.
     */
    public static long footprint(Object root) {
        return GraphLayout.parseInstance(root).totalSize();
    }

    /** JOL's printable layout of {@code type}, for failure messages. */
    public static String describe(Class<?> type) {
        return ClassLayout.parseClass(type).toPrintable();
    }
}
