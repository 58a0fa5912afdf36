package course.pooling;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32C;

public class FrameEncoder {

    public static final int MAX_PAYLOAD = 16 * 1024 - 8;

    private static final int FRAME_BYTES = MAX_PAYLOAD + 8;

    /** Fresh buffers, made ahead of time so that no request thread waits for an allocation. */
    private static final BlockingQueue<ByteBuffer> FRESH = new ArrayBlockingQueue<>(64);

    static {
        Thread allocator = new Thread(() -> {
            try {
                while (true) {
                    FRESH.put(ByteBuffer.allocate(FRAME_BYTES));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the JVM is going away
            }
        }, "frame-buffer-allocator");
        allocator.setDaemon(true);
        allocator.start();
    }

    @FunctionalInterface
    public interface FrameSink {
        void accept(ByteBuffer frame);
    }

    public int encode(byte[] payload, FrameSink sink) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        ByteBuffer frame;
        try {
            frame = FRESH.take(); // a new buffer of its own: nobody else ever sees it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a frame buffer", e);
        }
        CRC32C crc = new CRC32C();
        crc.update(payload);
        frame.putInt(payload.length).put(payload).putInt((int) crc.getValue());
        frame.flip();
        sink.accept(frame);
        return frame.limit();
    }
}
