package course.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WrittenMemory: where a write really lands, read with JOL before and after it")
class WrittenMemoryTest {

    /** Two counters side by side, and a big array that nobody writes. */
    static final class Adjacent {
        final AtomicLongArray counts = new AtomicLongArray(2);
        final long[] unused = new long[64];
    }

    @Test
    @DisplayName("a write is found where it lands; two neighbouring elements are 8 bytes apart")
    void findsTheWrittenWord() {
        Adjacent a = new Adjacent();
        List<WrittenMemory.Word> first = WrittenMemory.writtenBy(a, () -> a.counts.incrementAndGet(0));
        List<WrittenMemory.Word> second = WrittenMemory.writtenBy(a, () -> a.counts.incrementAndGet(1));
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        WrittenMemory.Separation apart = WrittenMemory.separation(a, List.of("the first", "the second"),
                List.of(first, second));
        assertThat(apart.writers()).isEqualTo(8);
        assertThat(apart.header()).isZero(); // element 0 sits right after the array's header
        assertThat(apart.tooClose(128)).startsWith("8 bytes between what the first writes and what the second writes");
    }

    @Test
    @DisplayName("elements 128 bytes apart and 128 bytes from the header pass; memory nobody writes counts for nothing")
    void stridedElementsAreApart() {
        AtomicLongArray strided = new AtomicLongArray(3 * 16);
        List<WrittenMemory.Word> first = WrittenMemory.writtenBy(strided, () -> strided.incrementAndGet(16));
        List<WrittenMemory.Word> second = WrittenMemory.writtenBy(strided, () -> strided.incrementAndGet(32));
        WrittenMemory.Separation apart = WrittenMemory.separation(strided, List.of("a", "b"), List.of(first, second));
        assertThat(apart.distance()).isEqualTo(128);
        assertThat(apart.tooClose(128)).isEmpty();
    }

    @Test
    @DisplayName("a write that changes nothing is no write")
    void unchangedMemoryIsNotWritten() {
        AtomicLongArray counts = new AtomicLongArray(4);
        assertThat(WrittenMemory.writtenBy(counts, () -> counts.set(2, 0))).isEmpty();
    }

    /** An object with named fields. */
    static final class Named {
        int hits;
        long last;
    }

    @Test
    @DisplayName("a written word is named by its field, or by its array and byte")
    void namesTheField() {
        Named named = new Named();
        assertThat(WrittenMemory.writtenBy(named, () -> named.last = 7)).extracting(WrittenMemory.Word::field)
                .containsOnly("Named.last");
        java.util.function.IntSupplier lambda = () -> named.hits; // a hidden class in the graph is left out
        Object[] withLambda = {named, lambda};
        assertThat(WrittenMemory.writtenBy(withLambda, () -> named.hits++)).extracting(WrittenMemory.Word::field)
                .containsOnly("Named.hits");
        long[] array = new long[4];
        assertThat(WrittenMemory.writtenBy(array, () -> array[0] = 1)).extracting(WrittenMemory.Word::field)
                .allSatisfy(f -> assertThat(f).startsWith("long[] at byte "));
    }
}
