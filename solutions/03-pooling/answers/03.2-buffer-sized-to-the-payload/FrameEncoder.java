package course.pooling;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

public class FrameEncoder {

    public static final int MAX_PAYLOAD = 16 * 1024 - 8;

    private static final int FRAME_BYTES = MAX_PAYLOAD + 8;

    @FunctionalInterface
    public interface FrameSink {
        void accept(ByteBuffer frame);
    }

    public int encode(byte[] payload, FrameSink sink) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 8);
        CRC32C crc = new CRC32C();
        crc.update(payload);
        frame.putInt(payload.length).put(payload).putInt((int) crc.getValue());
        frame.flip();
        sink.accept(frame);
        return frame.limit();
    }
}
