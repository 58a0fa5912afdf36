package course.pooling;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32C;

public class FrameEncoder {

    public static final int MAX_PAYLOAD = 16 * 1024 - 8;

    @FunctionalInterface
    public interface FrameSink {
        void accept(ByteBuffer frame);
    }

    /** The encoder's buffer, when no call is using it. */
    private final AtomicReference<ByteBuffer> spare = new AtomicReference<>(ByteBuffer.allocate(MAX_PAYLOAD + 8));

    public int encode(byte[] payload, FrameSink sink) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        ByteBuffer frame = spare.getAndSet(null); // taken: no other call can have it now
        boolean ours = frame != null;
        if (!ours) {
            frame = ByteBuffer.allocate(MAX_PAYLOAD + 8); // another call has it: never wait for it
        }
        try {
            frame.clear();
            CRC32C crc = new CRC32C();
            crc.update(payload);
            frame.putInt(payload.length).put(payload).putInt((int) crc.getValue());
            frame.flip();
            sink.accept(frame);
            return frame.limit();
        } finally {
            if (ours) {
                spare.set(frame);
            }
        }
    }
}
