package course.falsesharing;

import static org.assertj.core.api.Assertions.assertThat;

import course.falsesharing.races.SpscRing_01_Publication;
import course.falsesharing.races.SpscRing_02_ConsumerSeesElement;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.jcstress.TerminationRun;
import course.kit.measure.Layout;
import course.kit.measure.Together;
import course.kit.measure.WrittenMemory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "02.2", title = "Keep head and tail apart", points = 3,
        hint = "The JVM may reorder padding fields in one class, but not across a class hierarchy. "
                + "See 02-false-sharing/README.md, 'Hints for 02.2'.")
@DisplayName("02.2 SpscRing keeps the producer's and the consumer's fields on different cache lines")
class SpscRingTest {

    private static final int SAFE_DISTANCE = 128;
    private static final int CAPACITY = 16;
    private static final int ITEMS = 200_000;

    @Test
    @DisplayName("first in, first out; full at capacity; null when empty")
    void fifoWithinCapacity() {
        SpscRing<String> ring = new SpscRing<>(2);
        assertThat(ring.poll()).isNull();
        assertThat(ring.offer("a")).isTrue();
        assertThat(ring.offer("b")).isTrue();
        assertThat(ring.offer("c")).as("offer to a full ring").isFalse();
        assertThat(ring.poll()).isEqualTo("a");
        assertThat(ring.offer("c")).isTrue();
        assertThat(ring.poll()).isEqualTo("b");
        assertThat(ring.poll()).isEqualTo("c");
        assertThat(ring.poll()).isNull();
    }

    @Test
    @DisplayName("a producer and a consumer thread pass 200,000 elements in order")
    void passesElementsInOrder() {
        SpscRing<Integer> ring = new SpscRing<>(64);
        List<Long> results = Together.run("a producer and a consumer", 2, Duration.ofSeconds(60), role -> () -> {
            if (role == 0) {
                for (int i = 0; i < ITEMS; i++) {
                    while (!ring.offer(i)) {
                        Thread.onSpinWait();
                    }
                }
                return 0L;
            }
            long outOfOrder = 0;
            for (int expected = 0; expected < ITEMS; expected++) {
                Integer got;
                while ((got = ring.poll()) == null) {
                    Thread.onSpinWait();
                }
                if (got != expected) {
                    outOfOrder++;
                }
            }
            return outOfOrder;
        });
        assertThat(results.get(1)).as("elements received out of order").isZero();
        assertThat(ring.poll()).isNull();
    }

    @Test
    @DisplayName("an element is never seen before its contents (jcstress)")
    void publishesSafely(TestReporter reporter) {
        JcstressRun.verdictOf(SpscRing_01_Publication.class).assertPassed(reporter);
    }

    @Test
    @DisplayName("a consumer polling an empty ring gets the element offered (termination test)")
    void consumerSeesTheElement(TestReporter reporter) {
        TerminationRun.assertTerminates(SpscRing_02_ConsumerSeesElement.class, reporter);
    }

    /**
     * Where offer() and poll() really write, read from memory before and after each (JOL), on
     * two laps around the ring: filled, found full, one taken, one more added (a producer that
     * caches the consumer's index looks again here), emptied, found empty. The slot an element
     * passes through is written by both by design; everything else one side writes (its index,
     * any index it caches, a count both keep) must stay 128 bytes from what the other writes.
     */
    @Test
    @Gate
    @DisplayName("what the producer and the consumer each write is at least 128 bytes apart (JOL)")
    void headAndTailApart(TestReporter reporter) {
        SpscRing<String> ring = new SpscRing<>(CAPACITY);
        List<WrittenMemory.Word> producer = new ArrayList<>();
        List<WrittenMemory.Word> consumer = new ArrayList<>();
        for (int lap = 0; lap < 2; lap++) {
            for (int i = 0; i <= CAPACITY; i++) {
                producer.addAll(WrittenMemory.writtenBy(ring, () -> ring.offer("e")));
            }
            consumer.addAll(WrittenMemory.writtenBy(ring, ring::poll));
            producer.addAll(WrittenMemory.writtenBy(ring, () -> ring.offer("e")));
            for (int i = 0; i <= CAPACITY; i++) {
                consumer.addAll(WrittenMemory.writtenBy(ring, ring::poll));
            }
        }
        List<WrittenMemory.Word> producerAlone = WrittenMemory.withoutSharedSlots(producer, consumer);
        List<WrittenMemory.Word> consumerAlone = WrittenMemory.withoutSharedSlots(consumer, producer);
        assertThat(producerAlone).as("memory offer() writes, but for the slots").isNotEmpty();
        assertThat(consumerAlone).as("memory poll() writes, but for the slots").isNotEmpty();
        WrittenMemory.Separation apart = WrittenMemory.separation(ring, List.of("the producer", "the consumer"),
                List.of(producerAlone, consumerAlone));
        Figures.report(reporter, apart.distance() + " bytes between " + apart.between(), "at least " + SAFE_DISTANCE);
        assertThat(apart.distance())
                .withFailMessage("%s: one thread's writes take away a cache line (or a pair of lines, which the CPU "
                        + "prefetches together) that the other needs. The producer writes %s; the consumer writes %s. "
                        + "The layout this JVM chose for SpscRing:%n%s", apart.tooClose(SAFE_DISTANCE),
                        WrittenMemory.fieldsOf(producerAlone), WrittenMemory.fieldsOf(consumerAlone),
                        Layout.describe(SpscRing.class))
                .isGreaterThanOrEqualTo(SAFE_DISTANCE);
    }
}
