package course.mutex.bench;

import course.kit.jmh.ParallelismProbe;
import course.mutex.RequestCounter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/*
 * Every thread of the benchmark increments ONE shared counter, as every worker of a server
 * would. The baseline is the design of the starter: a long guarded by one monitor. At one
 * thread it is cheap (an uncontended lock costs a CAS or two). At two threads it collapses:
 * the lock's cache line bounces between cores, and a thread that loses the race spins, then
 * parks, then has to be woken. Measured on 16 cores (JDK 25): 23 ns an increment at 1 thread,
 * 560 ns at 2, 6,900 ns at 16.
 *
 * A counter that lets each thread update a cell of its own (LongAdder) stays at about 12 ns per
 * thread from 1 to 16 threads: the threads no longer meet. Expect requestCounter to be 10-20x
 * the baseline on a quiet 2-core machine once 01.2 is solved, and about 1x before.
 *
 * The probe inherited from ParallelismProbe calibrates the machine: if two threads cannot run
 * in parallel right now, they cannot contend either, and the gate says "inconclusive".
 */
@State(Scope.Benchmark)
public class CounterBenchmarks extends ParallelismProbe {

    /** The design of the starter, kept here as the baseline. */
    static final class SynchronizedCounter {
        private long count;

        synchronized void increment() {
            count++;
        }
    }

    private final RequestCounter requestCounter = new RequestCounter();
    private final SynchronizedCounter synchronizedCounter = new SynchronizedCounter();

    @Benchmark
    public void requestCounter() {
        requestCounter.increment();
    }

    @Benchmark
    public void synchronizedCounter() {
        synchronizedCounter.increment();
    }
}
