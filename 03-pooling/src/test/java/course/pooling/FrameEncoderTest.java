package course.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.measure.Allocation;
import course.kit.measure.Together;
import course.kit.measure.WhilePaused;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "03.2", title = "Stop allocating a buffer per frame", points = 3,
        hint = "The sink gives the buffer back when accept() returns. Borrow, encode, send, release. "
                + "See 03-pooling/README.md, 'Hints for 03.2'.")
@DisplayName("03.2 FrameEncoder reuses its buffers")
class FrameEncoderTest {

    private static final double MAX_BYTES_PER_FRAME = 256;

    /** How long another thread may take to encode a frame while one thread's sink is paused. */
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private static byte[] payload(int size, int seed) {
        byte[] p = new byte[size];
        for (int i = 0; i < size; i++) {
            p[i] = (byte) (seed + i * 31);
        }
        return p;
    }

    /** Checks one frame in place, without allocating: length, payload and CRC must agree. */
    private static boolean intact(ByteBuffer frame, byte[] expected) {
        if (frame.position() != 0 || frame.limit() != expected.length + 8 || frame.getInt(0) != expected.length) {
            return false;
        }
        CRC32C crc = new CRC32C();
        for (int i = 0; i < expected.length; i++) {
            if (frame.get(4 + i) != expected[i]) {
                return false;
            }
        }
        crc.update(expected);
        return frame.getInt(4 + expected.length) == (int) crc.getValue();
    }

    @Test
    @DisplayName("a frame is the length, the payload and the CRC32C of the payload")
    void encodesFrame() {
        byte[] p = payload(1_000, 7);
        boolean[] ok = new boolean[1];
        int length = new FrameEncoder().encode(p, frame -> ok[0] = intact(frame, p));
        assertThat(length).isEqualTo(1_008);
        assertThat(ok[0]).as("frame intact").isTrue();
    }

    @Test
    @DisplayName("a payload larger than the largest frame is refused")
    void refusesOversizedPayload() {
        assertThatThrownBy(() -> new FrameEncoder().encode(new byte[FrameEncoder.MAX_PAYLOAD + 1], f -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Counted twice: one thread encoding alone, and another thread encoding while a first one is
     * paused in its sink, holding whatever buffer it took. An encoder that makes a fresh buffer
     * whenever its shared one is taken allocates nothing alone, and a buffer a frame when busy.
     */
    @Test
    @Gate
    @DisplayName("encoding a 1 KiB frame allocates less than 256 bytes, on the heap or in direct buffers (counted by the JVM)")
    void allocatesAlmostNothing(TestReporter reporter) {
        FrameEncoder encoder = new FrameEncoder();
        byte[] p = payload(1_024, 3);
        long[] checksum = new long[1];
        FrameEncoder.FrameSink sink = frame -> checksum[0] += frame.getInt(frame.limit() - 4);
        Allocation.PerOperation alone = Allocation.perOperation(() -> encoder.encode(p, sink), 20_000, 20_000);
        Allocation.PerOperation[] busy = new Allocation.PerOperation[1];
        WhilePaused probe = new WhilePaused(PATIENCE);
        probe.run("a thread's sink, holding its frame", () -> encoder.encode(p, frame -> probe.pauseHere()),
                "another thread encoding 1,000 frames", () -> busy[0] = Allocation.perOperation(
                        () -> encoder.encode(p, sink), 100, 1_000));
        Allocation.PerOperation perFrame = worse(alone, busy[0]); // null: the other thread waited, which the next check grades
        String when = perFrame == alone ? "" : ", while another thread's frame was in its sink";
        Figures.report(reporter, String.format("%.1f bytes allocated per frame on the heap, %.1f in direct buffers%s",
                perFrame.heapBytes(), perFrame.directBytes(), when), "below " + (int) MAX_BYTES_PER_FRAME + " in all");
        assertThat(perFrame.directBytes())
                .withFailMessage("Each frame reserves %.0f bytes of direct memory%s: a fresh direct buffer per call. It "
                        + "escapes the heap's count but not its cost: the JVM zeroes it, and only a cleaner, after a "
                        + "collection, frees it. Reuse the buffers.", perFrame.directBytes(), when)
                .isLessThan(MAX_BYTES_PER_FRAME);
        assertThat(perFrame.heapBytes() + perFrame.directBytes())
                .withFailMessage("Each frame allocates %.0f bytes for a %,d-byte payload%s: a buffer per call, which the "
                        + "garbage collector must then clear and trace. Reuse the buffers, also when another call holds "
                        + "one.", perFrame.heapBytes() + perFrame.directBytes(), p.length, when)
                .isLessThan(MAX_BYTES_PER_FRAME);
    }

    private static Allocation.PerOperation worse(Allocation.PerOperation alone, Allocation.PerOperation busy) {
        double total = alone.heapBytes() + alone.directBytes();
        return busy == null || busy.heapBytes() + busy.directBytes() <= total ? alone : busy;
    }

    @Test
    @DisplayName("while one thread's sink is paused, another thread encodes its frame")
    void encodesWhileASinkIsPaused() {
        FrameEncoder encoder = new FrameEncoder();
        WhilePaused probe = new WhilePaused(PATIENCE);
        byte[] slow = payload(700, 1);
        byte[] other = payload(300, 2);
        boolean[] intact = {true};
        WhilePaused.Outcome outcome = probe.run("a thread's sink, sending a 700-byte frame",
                () -> encoder.encode(slow, frame -> probe.pauseHere()),
                "another thread's encode() of a 300-byte frame",
                () -> encoder.encode(other, frame -> intact[0] &= intact(frame, other)));
        assertThat(outcome.pauses()).as("times the paused thread's sink was called").isPositive();
        assertThat(outcome.othersProceeded())
                .withFailMessage(() -> outcome.stuckAt() + "\nA frame waited for another thread's sink, which may be "
                        + "a slow network send: the encoder holds a lock, or its only buffer, while the sink runs. "
                        + "Give each call a buffer of its own.")
                .isTrue();
        assertThat(intact[0]).as("the other thread's frames intact").isTrue();
    }

    @Test
    @DisplayName("4 threads x 20,000 frames at once: every frame intact")
    void framesStayIntactAcrossThreads() {
        FrameEncoder encoder = new FrameEncoder();
        List<String> broken = Together.run("4 threads encoding", 4, Duration.ofSeconds(60), t -> () -> {
            byte[] p = payload(512 + t * 100, t);
            int bad = 0;
            boolean[] ok = new boolean[1];
            for (int n = 0; n < 20_000; n++) {
                try {
                    encoder.encode(p, frame -> ok[0] = intact(frame, p));
                } catch (RuntimeException e) {
                    return "encoding frame " + (n + 1) + " of a " + p.length + "-byte payload threw " + e
                            + " (another thread moved the same buffer's position or limit)";
                }
                if (!ok[0]) {
                    bad++;
                }
            }
            return bad == 0 ? null : bad + " of 20,000 frames of a " + p.length + "-byte payload arrived corrupted";
        });
        List<String> found = broken.stream().filter(b -> b != null).toList();
        assertThat(found)
                .withFailMessage("Frames encoded on 4 threads at once were broken: %s. Two threads wrote into the same "
                        + "buffer; a buffer must belong to one encode() call at a time.", found)
                .isEmpty();
    }
}
