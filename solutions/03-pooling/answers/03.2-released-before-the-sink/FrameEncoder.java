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

    private final BoundedPool<ByteBuffer> buffers = new BoundedPool<>(
            2 * Runtime.getRuntime().availableProcessors(), () -> ByteBuffer.allocate(FRAME_BYTES), ByteBuffer::clear);

    public int encode(byte[] payload, FrameSink sink) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        ByteBuffer frame = buffers.borrow();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        frame.putInt(payload.length).put(payload).putInt((int) crc.getValue());
        frame.flip();
        ByteBuffer view = frame.duplicate();
        buffers.release(frame); // done writing: the next caller can have it
        sink.accept(view);
        return view.limit();
    }
}
