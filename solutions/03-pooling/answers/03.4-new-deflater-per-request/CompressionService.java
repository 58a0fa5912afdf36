package course.pooling;

import java.util.function.Supplier;
import java.util.zip.Deflater;

public class CompressionService {

    private final Supplier<Deflater> factory;

    public CompressionService(Supplier<Deflater> factory) {
        this.factory = factory;
    }

    public int compress(byte[] input, byte[] output) {
        Deflater deflater = factory.get();
        try {
            deflater.setInput(input);
            deflater.finish();
            int length = deflater.deflate(output);
            if (!deflater.finished()) {
                throw new IllegalArgumentException("output buffer of " + output.length + " bytes is too small");
            }
            return length;
        } finally {
            deflater.end();
        }
    }
}
