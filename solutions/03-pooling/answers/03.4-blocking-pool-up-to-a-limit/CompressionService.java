package course.pooling;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.Deflater;

public class CompressionService {
    private static final int MAX_DEFLATERS = 8;

    private final Supplier<Deflater> factory;
    private final BlockingQueue<Deflater> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger created = new AtomicInteger();

    public CompressionService(Supplier<Deflater> factory) {
        this.factory = factory;
    }

    public int compress(byte[] input, byte[] output) {
        Deflater deflater = take();
        try {
            deflater.reset();
            deflater.setInput(input);
            deflater.finish();
            int length = deflater.deflate(output);
            if (!deflater.finished()) {
                throw new IllegalArgumentException("output buffer of " + output.length + " bytes is too small");
            }
            return length;
        } finally {
            idle.add(deflater);
        }
    }

    /** An idle deflater, a new one while fewer than the limit exist, or else the next one given back. */
    private Deflater take() {
        Deflater deflater = idle.poll();
        if (deflater != null) {
            return deflater;
        }
        if (created.getAndIncrement() < MAX_DEFLATERS) {
            return factory.get();
        }
        created.decrementAndGet();
        try {
            return idle.take(); // a virtual thread parks here and frees its carrier
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a deflater", e);
        }
    }
}
