package course.pooling;

import java.util.function.Supplier;
import java.util.zip.Deflater;

public class CompressionService {

    private final ThreadLocal<Deflater> deflaters = ThreadLocal.withInitial(Deflater::new);

    public CompressionService(Supplier<Deflater> factory) {
    }

    public int compress(byte[] input, byte[] output) {
        Deflater deflater = deflaters.get();
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
