package course.pooling;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Encodes payloads into frames for a binary protocol: a 4-byte length, the payload, then a
 * 4-byte CRC32C of the payload. Request threads call {@link #encode} concurrently, on every
 * message sent.
 *
 * <p>Contract: {@code encode} hands the frame to the sink, positioned at 0 and limited to the
 * frame's length, and returns the frame's length. The sink may read the buffer only during its
 * {@code accept} call and must not keep it: after {@code encode} returns, the buffer may be
 * reused.
 *
 * <h2>TASK 03.2 - Stop allocating a buffer per frame (3 points)</h2>
 * Every call allocates a 16 KiB scratch buffer, sized for the largest frame, and throws it
 * away: 16 KiB of garbage per message, and the garbage collector must clear and trace all of
 * it. The buffer is lent to the sink only during the call, so it can be reused. Borrow it from
 * a pool (yours, from 03.1) and give it back when the frame is sent.
 * <p>Graded by: {@code ./mvnw test -pl 03-pooling}: encoding must allocate less than 64 bytes
 * per frame (counted by the JVM), and frames encoded on 4 threads at once must stay intact.
 */
public class FrameEncoder {

    /** The largest payload a frame carries. */
    public static final int MAX_PAYLOAD = 16 * 1024 - 8;

    /** Receives a finished frame. */
    @FunctionalInterface
    public interface FrameSink {
        /** Sends or copies {@code frame}; must not keep it after returning. */
        void accept(ByteBuffer frame);
    }

    /** Encodes {@code payload} into one frame, hands it to {@code sink}, and returns its length. */
    public int encode(byte[] payload, FrameSink sink) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        ByteBuffer frame = ByteBuffer.allocate(MAX_PAYLOAD + 8); // TODO 03.2: 16 KiB of garbage per frame
        CRC32C crc = new CRC32C();
        crc.update(payload);
        frame.putInt(payload.length).put(payload).putInt((int) crc.getValue());
        frame.flip();
        sink.accept(frame);
        return frame.limit();
    }
}
