package course.kit.jmh;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * The calibration every timing gate runs first. A chapter's benchmark class extends this, so
 * its benchmarks and the probe are compiled, forked and measured the same way.
 *
 * <p>The probe is pure arithmetic that shares nothing between threads: on a machine with two
 * free cores, two threads do twice the work of one. When they do much less (another process
 * holds a core, or the machine has only one), contention cannot show either, and a timing gate
 * would measure the machine instead of the code: the gate then says <em>inconclusive</em>.
 */
public abstract class ParallelismProbe {

    /** About 100 ns of dependent multiplications that the JIT cannot fold away. */
    @Benchmark
    public long calibrationWork() {
        long x = System.nanoTime();
        for (int i = 0; i < 256; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}
