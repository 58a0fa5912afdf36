package course.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "03.4", title = "A pool that stays bounded under virtual threads", points = 2,
        hint = "A ThreadLocal keeps one object per thread, and a virtual thread lives for one request. "
                + "See 03-pooling/README.md, 'Hints for 03.4'.")
@DisplayName("03.4 CompressionService shares a bounded number of deflaters")
class CompressionServiceTest {

    private static final int REQUESTS = 10_000;
    private static final int MAX_DEFLATERS = 64;
    /** One request in this many fails: its output buffer has no room. */
    private static final int FAILING_EVERY = 10;

    private static byte[] body(int seed) {
        byte[] b = new byte[1_024];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) ("lorem ipsum ".charAt((i + seed) % 12));
        }
        return b;
    }

    private static boolean inflatesBack(byte[] compressed, int length, byte[] original) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed, 0, length);
            byte[] restored = new byte[original.length + 16];
            int n = inflater.inflate(restored);
            return n == original.length && inflater.finished()
                    && java.util.Arrays.equals(restored, 0, n, original, 0, n);
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    @Test
    @DisplayName("one thread: compressed output inflates back to the input")
    void roundTrip() {
        CompressionService service = new CompressionService(Deflater::new);
        byte[] in = body(1);
        byte[] out = new byte[2_048];
        int length = service.compress(in, out);
        assertThat(length).isPositive().isLessThan(in.length);
        assertThat(inflatesBack(out, length, in)).isTrue();
        assertThat(inflatesBack(out, service.compress(in, out), in)).as("a second call on a reused deflater").isTrue();
    }

    /**
     * A deflater made by the test's factory, which counts the compressed bytes it produces: the
     * bytes a service returns must come from deflaters it got from the factory, not from ones it
     * made itself, which the count of created deflaters would never see.
     */
    private static final class CountedDeflater extends Deflater {
        private final LongAdder produced;

        CountedDeflater(LongAdder produced) {
            this.produced = produced;
        }

        @Override
        public int deflate(byte[] output, int off, int len, int flush) {
            int n = super.deflate(output, off, len, flush);
            produced.add(n);
            return n;
        }

        @Override
        public int deflate(ByteBuffer output, int flush) {
            int n = super.deflate(output, flush);
            produced.add(n);
            return n;
        }
    }

    @Test
    @Gate
    @DisplayName("10,000 virtual threads compressing once each create at most 64 deflaters, all outputs correct")
    void boundedUnderVirtualThreads(TestReporter reporter) throws InterruptedException {
        AtomicInteger created = new AtomicInteger();
        LongAdder producedByFactoryDeflaters = new LongAdder();
        List<Deflater> all = Collections.synchronizedList(new ArrayList<>());
        CompressionService service = new CompressionService(() -> {
            created.incrementAndGet();
            Deflater d = new CountedDeflater(producedByFactoryDeflaters);
            all.add(d);
            return d;
        });
        LongAdder returned = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicInteger wrong = new AtomicInteger();
        Queue<Throwable> thrown = new ConcurrentLinkedQueue<>();
        ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (int r = 0; r < REQUESTS; r++) {
                int seed = r;
                requests.execute(seed % FAILING_EVERY == FAILING_EVERY - 1 ? () -> {
                    try {
                        service.compress(body(seed), new byte[4]); // fails: no room for the output
                    } catch (RuntimeException expected) {
                        failed.increment();
                    }
                } : () -> {
                    byte[] in = body(seed);
                    byte[] out = new byte[2_048];
                    try {
                        int length = service.compress(in, out);
                        returned.add(length);
                        if (!inflatesBack(out, length, in)) {
                            wrong.incrementAndGet();
                        }
                    } catch (RuntimeException | Error e) {
                        thrown.add(e);
                    }
                });
            }
        } finally {
            requests.shutdown();
        }
        boolean finished = requests.awaitTermination(60, TimeUnit.SECONDS);
        all.forEach(Deflater::end); // give the native memory back now, not when the cleaner runs
        assertThat(finished).as("all %d requests finished within 60 s", REQUESTS).isTrue();
        assertThat(thrown)
                .withFailMessage("%,d of %,d requests threw, the first: %s. A deflater used by two requests at once "
                        + "breaks; each compression needs one of its own.", thrown.size(), REQUESTS, thrown.peek())
                .isEmpty();
        assertThat(wrong.get())
                .withFailMessage("%,d of %,d outputs did not inflate back to their input: a deflater was shared by two "
                        + "requests at once, or reused without reset().", wrong.get(), REQUESTS)
                .isZero();
        Figures.report(reporter, Figures.count(created.get()) + " deflaters created for " + Figures.count(REQUESTS)
                + " requests", "at most " + MAX_DEFLATERS);
        assertThat(producedByFactoryDeflaters.sum())
                .withFailMessage("The service returned %,d compressed bytes, and deflaters from its factory produced "
                        + "%,d of them: it makes deflaters of its own. Every deflater comes from the factory the "
                        + "service is given (that is how this service's owners count and configure them).",
                        returned.sum(), producedByFactoryDeflaters.sum())
                .isGreaterThanOrEqualTo(returned.sum());
        assertThat(created.get())
                .withFailMessage("%s requests on virtual threads created %s deflaters (about 256 KiB of native "
                        + "memory each): a per-thread cache is a per-request cache when every request has its "
                        + "own thread. %s of the requests failed (an output buffer too small): a deflater goes "
                        + "back to the pool whether compress() returns or throws.", Figures.count(REQUESTS),
                        Figures.count(created.get()), Figures.count(failed.sum()))
                .isLessThanOrEqualTo(MAX_DEFLATERS);
    }
}
