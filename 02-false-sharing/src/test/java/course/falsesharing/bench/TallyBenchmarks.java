package course.falsesharing.bench;

import course.falsesharing.WorkerTallies;
import java.util.concurrent.atomic.AtomicLongArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/*
 * Every benchmark thread is a worker that adds to its own tally, and nothing else: no tally is
 * ever shared. The only thing the threads can fight over is the memory the tallies sit in.
 *
 * "adjacent" keeps the tallies 8 bytes apart, as the starter does: all workers on one cache
 * line. A core must own a line exclusively to write it, so every add drags the line away from
 * the other cores, and they stall until it comes back. "padded" keeps each tally 128 bytes
 * from the next one and from the array's ends: each worker owns its lines and never waits.
 *
 * Expect padded to be several times faster than adjacent with one thread per core, and the
 * two to be equal with one thread. The gate reads the ratio padded/adjacent as what fixing
 * false sharing is worth on this machine right now; when it is small (another process busy,
 * threads that share a core), the machine cannot judge and the gate says "inconclusive".
 *
 * JMH pads each @State object against its neighbours, but not the fields or elements inside:
 * the arrays below are laid out exactly as written.
 */
@State(Scope.Benchmark)
public class TallyBenchmarks {

    /** The layout of the starter, as the baseline: tally of worker w at index w. */
    static final class AdjacentTallies {
        private final AtomicLongArray tallies;

        AdjacentTallies(int workers) {
            tallies = new AtomicLongArray(workers);
        }

        void add(int worker, long amount) {
            tallies.getAndAdd(worker, amount);
        }
    }

    /** A layout known to be free of false sharing, as the reference: 16 longs per worker. */
    static final class PaddedTallies {
        private static final int STRIDE = 16;
        private final AtomicLongArray tallies;

        PaddedTallies(int workers) {
            tallies = new AtomicLongArray((workers + 2) * STRIDE);
        }

        void add(int worker, long amount) {
            tallies.getAndAdd((worker + 1) * STRIDE, amount);
        }
    }

    /** Each benchmark thread is one worker, with its own index. */
    @State(Scope.Thread)
    public static class Worker {
        int index;

        @Setup
        public void setUp(ThreadParams thread) {
            index = thread.getThreadIndex();
        }
    }

    private AdjacentTallies adjacent;
    private PaddedTallies padded;
    private WorkerTallies workerTallies;

    @Setup
    public void setUp(BenchmarkParams params) {
        adjacent = new AdjacentTallies(params.getThreads());
        padded = new PaddedTallies(params.getThreads());
        workerTallies = new WorkerTallies(params.getThreads());
    }

    @Benchmark
    public void adjacent(Worker worker) {
        adjacent.add(worker.index, 1);
    }

    @Benchmark
    public void padded(Worker worker) {
        padded.add(worker.index, 1);
    }

    @Benchmark
    public void workerTallies(Worker worker) {
        workerTallies.add(worker.index, 1);
    }
}
