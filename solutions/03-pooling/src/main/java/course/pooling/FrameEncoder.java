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
 */
public class FrameEncoder {

    /*
     * SOLUTION 03.2. Scratch buffers come from a BoundedPool (03.1) and go back to it in a
     * finally block, reset by clear(). The sink's contract (it must not keep the buffer) is what
     * makes the reuse safe: after accept() returns, nobody else holds the buffer.
     *
     * Why it is fast: no 16 KiB array is allocated, zeroed and later traced per frame. The pool
     * holds up to two buffers per core, enough for every thread that is encoding at any instant.
     *
     * Measured (JDK 25, 2-core AMD EPYC VM, grading-kit Allocation): 16,400 bytes per frame
     * before, 16 after (the small CRC32C object, which could be pooled too but need not be).
     */
    /** The largest payload a frame carries. */
    public static final int MAX_PAYLOAD = 16 * 1024 - 8;

    private static final int FRAME_BYTES = MAX_PAYLOAD + 8;

    private final BoundedPool<ByteBuffer> buffers = new BoundedPool<>(
            2 * Runtime.getRuntime().availableProcessors(), () -> ByteBuffer.allocate(FRAME_BYTES), ByteBuffer::clear);

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
        ByteBuffer frame = buffers.borrow();
        try {
            CRC32C crc = new CRC32C();
            crc.update(payload);
            frame.putInt(payload.length).put(payload).putInt((int) crc.getValue());
            frame.flip();
            sink.accept(frame);
            return frame.limit();
        } finally {
            buffers.release(frame);
        }
    }
}
