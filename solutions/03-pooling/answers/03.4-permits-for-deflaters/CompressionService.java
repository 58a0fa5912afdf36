package course.pooling;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.zip.Deflater;

public class CompressionService {

    private static final int DEFLATERS = 4;

    private final Supplier<Deflater> factory;
    private final Semaphore permits = new Semaphore(DEFLATERS);
    private final ConcurrentLinkedQueue<Deflater> idle = new ConcurrentLinkedQueue<>();

    public CompressionService(Supplier<Deflater> factory) {
        this.factory = factory;
    }

    public int compress(byte[] input, byte[] output) {
        permits.acquireUninterruptibly();
        Deflater deflater = idle.poll();
        if (deflater == null) {
            deflater = factory.get();
        }
        try {
            deflater.setInput(input);
            deflater.finish();
            int length = deflater.deflate(output);
            if (!deflater.finished()) {
                throw new IllegalArgumentException("output buffer of " + output.length + " bytes is too small");
            }
            return length;
        } finally {
            deflater.reset();
            idle.offer(deflater);
            permits.release();
        }
    }
}
