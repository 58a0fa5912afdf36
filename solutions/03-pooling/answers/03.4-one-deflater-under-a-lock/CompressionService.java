package course.pooling;

import java.util.function.Supplier;
import java.util.zip.Deflater;

public class CompressionService {

    private final Deflater deflater;

    public CompressionService(Supplier<Deflater> factory) {
        this.deflater = factory.get();
    }

    public synchronized int compress(byte[] input, byte[] output) {
        deflater.reset();
        deflater.setInput(input);
        deflater.finish();
        int length = deflater.deflate(output);
        if (!deflater.finished()) {
            throw new IllegalArgumentException("output buffer of " + output.length + " bytes is too small");
        }
        return length;
    }
}
