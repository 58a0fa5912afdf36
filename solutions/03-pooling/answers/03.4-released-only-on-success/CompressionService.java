package course.pooling;

import java.util.function.Supplier;
import java.util.zip.Deflater;

public class CompressionService {

    private final BoundedPool<Deflater> deflaters;

    public CompressionService(Supplier<Deflater> factory) {
        this.deflaters = new BoundedPool<>(2 * Runtime.getRuntime().availableProcessors(), factory, Deflater::reset);
    }

    public int compress(byte[] input, byte[] output) {
        Deflater deflater = deflaters.borrow();
        deflater.setInput(input);
        deflater.finish();
        int length = deflater.deflate(output);
        if (!deflater.finished()) {
            // half-way through a stream: not fit to go back to the pool
            throw new IllegalArgumentException("output buffer of " + output.length + " bytes is too small");
        }
        deflaters.release(deflater);
        return length;
    }
}
