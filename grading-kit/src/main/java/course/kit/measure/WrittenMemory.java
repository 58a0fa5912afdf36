package course.kit.measure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;

/**
 * Which bytes of memory an operation really writes: every object reachable from a root is read
 * word by word (with JOL, headers left out) before and after the operation, and the words that
 * changed are where it wrote. A layout check built on this grades the property, not the code's
 * shape: padding fields, {@code @Contended}, strided arrays and separate objects are all judged
 * by where the written words land, and a footprint made large with unused arrays earns nothing.
 */
public final class WrittenMemory {

    private static final VirtualMachine VM_ = VM.current();
    private static final int WORD = 4;
    /** Bytes of a reference in an object or an array: 4 with compressed references, else 8. */
    private static final int REFERENCE = VM_.arrayIndexScale(Object[].class.getName());

    private WrittenMemory() {
    }

    /** One 4-byte word inside an object: where in that object a write landed. */
    public record Word(Object owner, long offset) {
        /** Its address now (objects may move between two garbage collections). */
        public long address() {
            return VM_.addressOf(owner) + offset;
        }

        /** Where the word is, for a person: the field, as {@code LinkedHashMap.tail}, or the array, as {@code Object[] at byte 24}. */
        public String field() {
            Class<?> type = owner.getClass();
            if (!type.isArray()) {
                for (FieldLayout f : ClassLayout.parseClass(type).fields()) {
                    if (offset >= f.offset() && offset < f.offset() + f.size()) {
                        return simpleName(type) + "." + f.name();
                    }
                }
            }
            return simpleName(type) + " at byte " + offset;
        }

        private static String simpleName(Class<?> type) {
            return type.isAnonymousClass() || type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Word w && w.owner == owner && w.offset == offset;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + Long.hashCode(offset);
        }
    }

    /**
     * The words of the objects reachable from {@code root} that {@code write} changed. Objects
     * the write created are not counted: only memory that was there before and is written again.
     */
    public static List<Word> writtenBy(Object root, Runnable write) {
        Map<Object, Contents> before = snapshot(root);
        write.run();
        Map<Object, Contents> after = snapshot(root);
        List<Word> changed = new ArrayList<>();
        for (Map.Entry<Object, Contents> e : after.entrySet()) {
            Contents old = before.get(e.getKey());
            Contents now = e.getValue();
            for (int i = 0; old != null && i < now.words().length; i++) {
                long offset = headerOf(e.getKey()) + (long) i * WORD;
                if (now.words()[i] != old.words()[i] && !sameReferent(old, now, offset)) {
                    changed.add(new Word(e.getKey(), offset));
                }
            }
        }
        return changed;
    }

    /**
     * An object's words, and what its reference slots pointed to: when a garbage collection moves
     * a referent, the slot's bits change though nobody wrote it.
     */
    private record Contents(int[] words, Map<Long, Object> referents) {
    }

    /** True when the word at {@code offset} lies in a reference slot that still points to the same object. */
    private static boolean sameReferent(Contents old, Contents now, long offset) {
        for (long start = offset; start > offset - REFERENCE && start >= 0; start -= WORD) {
            if (old.referents().containsKey(start)) {
                return old.referents().get(start) == now.referents().get(start);
            }
        }
        return false;
    }

    /** The fields (or array bytes) {@code words} lie in, each once, for a person: {@code "SpscRing.tail, SpscRing.count"}. */
    public static String fieldsOf(List<Word> words) {
        return String.join(", ", words.stream().map(Word::field).distinct().toList());
    }

    /**
     * {@code words} without the slots that {@code others} writes too: the elements of an array of
     * references, through which one side hands an object to the other. Any other word both sides
     * write stays with each: a counter both update is shared, and shares its line.
     */
    public static List<Word> withoutSharedSlots(List<Word> words, List<Word> others) {
        return words.stream().filter(w -> !(isReferenceSlot(w) && others.contains(w))).toList();
    }

    private static boolean isReferenceSlot(Word w) {
        Class<?> type = w.owner().getClass();
        return type.isArray() && !type.getComponentType().isPrimitive();
    }

    /**
     * The smallest distance in bytes between a word of one group and a word of another, as
     * {@code [distance, group a, group b]}; {@code Long.MAX_VALUE} when fewer than two groups wrote.
     */
    public static long[] closest(List<List<Word>> groups) {
        long[] best = {Long.MAX_VALUE, -1, -1};
        for (int attempt = 0; attempt < 3; attempt++) {
            List<long[]> addresses = groups.stream().map(g -> g.stream().mapToLong(Word::address).toArray()).toList();
            long[] found = {Long.MAX_VALUE, -1, -1};
            for (int a = 0; a < addresses.size(); a++) {
                for (int b = a + 1; b < addresses.size(); b++) {
                    for (long x : addresses.get(a)) {
                        for (long y : addresses.get(b)) {
                            if (Math.abs(x - y) < found[0]) {
                                found = new long[] {Math.abs(x - y), a, b};
                            }
                        }
                    }
                }
            }
            List<long[]> again = groups.stream().map(g -> g.stream().mapToLong(Word::address).toArray()).toList();
            boolean moved = false;
            for (int g = 0; g < again.size(); g++) {
                moved |= !java.util.Arrays.equals(again.get(g), addresses.get(g));
            }
            best = found;
            if (!moved) {
                break; // no collection moved an object while the distances were computed
            }
        }
        return best;
    }

    /**
     * How far apart the writers' memory is: the distance between what two of them write, and
     * the distance from what one writes to the nearest object header.
     */
    public record Separation(long writers, String writersLabel, long header, String headerLabel) {

        /** The smaller of the two distances, in bytes. */
        public long distance() {
            return Math.min(writers, header);
        }

        /** The nearest pair, as {@code "what worker 0 writes and what worker 1 writes"}. */
        public String between() {
            return writers <= header ? writersLabel : headerLabel;
        }

        /** Each distance under {@code minimum}, as {@code "8 bytes between what ... and what ..."}, the writers first. */
        public String tooClose(long minimum) {
            List<String> close = new ArrayList<>();
            if (writers < minimum) {
                close.add(writers + " bytes between " + writersLabel);
            }
            if (header < minimum) {
                close.add(header + " bytes between " + headerLabel);
            }
            return String.join("; ", close);
        }
    }

    /** The separation of {@code groups}, what each writer (named in {@code writers}) writes in the graph of {@code root}. */
    public static Separation separation(Object root, List<String> writers, List<List<Word>> groups) {
        long[] pair = closest(groups);
        String pairLabel = pair[1] < 0 ? "nothing"
                : "what " + writers.get((int) pair[1]) + " writes and what " + writers.get((int) pair[2]) + " writes";
        long header = Long.MAX_VALUE;
        String headerLabel = "no header";
        Set<Object> objects = snapshot(root).keySet();
        for (int g = 0; g < groups.size(); g++) {
            NearestHeader nearest = closestHeader(groups.get(g), objects);
            if (nearest.distance() < header) {
                header = nearest.distance();
                headerLabel = "what " + writers.get(g) + " writes and the header of a "
                        + nearest.type().getSimpleName() + ", which every access reads";
            }
        }
        return new Separation(pair[0], pairLabel, header, headerLabel);
    }

    /** The object header nearest to some written word: its distance in bytes, and whose header it is. */
    public record NearestHeader(long distance, Class<?> type) {
    }

    /**
     * The smallest distance from a word of {@code words} to the header of an object reachable
     * from {@code root}. Every access to an object reads its header (the class, an array's
     * length for the bounds check), so a word written next to a header others read takes that
     * line away from them as surely as a word they write.
     */
    public static NearestHeader closestHeader(List<Word> words, Object root) {
        return closestHeader(words, snapshot(root).keySet());
    }

    private static NearestHeader closestHeader(List<Word> words, Set<Object> objects) {
        NearestHeader nearest = new NearestHeader(Long.MAX_VALUE, null);
        for (Object o : objects) {
            long start = VM_.addressOf(o);
            long end = start + headerOf(o);
            for (Word w : words) {
                long a = w.address();
                long d = a >= end ? a - end : a + WORD <= start ? start - a - WORD : 0;
                if (d < nearest.distance()) {
                    nearest = new NearestHeader(d, o.getClass());
                }
            }
        }
        return nearest;
    }

    private static Map<Object, Contents> snapshot(Object root) {
        Map<Object, Contents> contents = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (contents.containsKey(o) || o.getClass().isHidden()) {
                continue; // a lambda's class is hidden: the JVM gives no offsets for its captured values
            }
            long header = headerOf(o);
            long size = VM_.sizeOf(o);
            int[] words = new int[(int) ((size - header) / WORD)];
            for (int i = 0; i < words.length; i++) {
                words[i] = VM_.getInt(o, header + (long) i * WORD);
            }
            Map<Long, Object> referents = new HashMap<>();
            references(o, referents);
            referents.values().stream().filter(r -> r != null && !(r instanceof Class<?>)).forEach(todo::push);
            contents.put(o, new Contents(words, referents));
        }
        return contents;
    }

    private static long headerOf(Object o) {
        return o.getClass().isArray() ? VM_.arrayHeaderSize() : VM_.objectHeaderSize();
    }

    /** The reference slots of {@code o}, by offset, with what each points to now. */
    private static void references(Object o, Map<Long, Object> slots) {
        Class<?> type = o.getClass();
        if (type.isArray()) {
            if (o instanceof Object[] array) {
                long base = VM_.arrayBaseOffset(type.getName());
                long scale = VM_.arrayIndexScale(type.getName());
                for (int i = 0; i < array.length; i++) {
                    slots.put(base + i * scale, array[i]);
                }
            }
            return;
        }
        for (FieldLayout field : ClassLayout.parseClass(type).fields()) {
            if (!isPrimitive(field.typeClass())) {
                slots.put(field.offset(), VM_.getObject(o, field.offset()));
            }
        }
    }

    private static boolean isPrimitive(String type) {
        return switch (type) {
            case "boolean", "byte", "char", "short", "int", "long", "float", "double" -> true;
            default -> false;
        };
    }
}
