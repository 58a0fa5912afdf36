package course.mutex;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts requests served by every worker thread of a server, on the hottest path there is:
 * once per request, from every thread. {@link #sum()} is read rarely, by a metrics reporter.
 *
 * <p>Contract: after {@code n} calls to {@code increment()} have returned, {@code sum()}
 * returns {@code n}. {@code sum()} need not be a snapshot taken at one instant while
 * increments are still running.
 */
public class RequestCounter {

    /*
     * SOLUTION 01.2. Why it is correct: LongAdder.increment() is an atomic add to one of its
     * cells, so no increment is lost; sum() adds the cells, and counts every increment that
     * returned before it was called (it is not an atomic snapshot, which the contract allows).
     *
     * Why it is fast: there is no lock to queue on. LongAdder starts with one base value; when
     * a CAS on it fails because another thread got there first, the thread moves to a cell of
     * its own (a padded slot in an array that grows up to the number of CPUs). From then on
     * threads update different cache lines and never meet. AtomicLong would be correct too and
     * lock-free, but every thread would still fight for one cache line.
     *
     * Measured (grading-kit TimingGate, JDK 25, 2-core AMD EPYC VM, 10 quiet runs): 19-54x the
     * throughput of a synchronized counter at 2 threads. An AtomicLong reached 4.4-11x:
     * lock-free, but every thread still writes the same cache line. Lincheck finds no schedule
     * in which a thread waits for one paused inside increment() or sum().
     */
    private final LongAdder count = new LongAdder();

    /** Counts one request. */
    public void increment() {
        count.increment();
    }

    /** Requests counted so far. */
    public long sum() {
        return count.sum();
    }
}
