package course.pooling;

import java.util.function.Supplier;
import java.util.zip.Deflater;

public class CompressionService {

    private final BoundedPool<Deflater> deflaters;

    public CompressionService(Supplier<Deflater> factory) {
        this.deflaters = new BoundedPool<>(16, factory, Deflater::reset);
    }

    public int compress(byte[] input, byte[] output) {
        Deflater deflater = deflaters.borrow();
        deflater.setInput(input);
        deflater.finish();
        int length = deflater.deflate(output);
        if (!deflater.finished()) {
            throw new IllegalArgumentException("output buffer of " + output.length + " bytes is too small");
        }
        return length;
    }
}
