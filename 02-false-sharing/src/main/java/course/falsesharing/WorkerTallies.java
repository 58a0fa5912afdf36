package course.falsesharing;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Tallies of work done, one per worker thread. Worker {@code w} (from 0 to {@code workers - 1})
 * calls {@link #add(int, long)} with its own index on its hot path, millions of times a
 * second; a reporter calls {@link #total()} now and then. No two workers share an index, so the
 * workers never touch the same tally.
 *
 * <p>Contract: {@code total()} returns the sum of every amount added before it was called. It
 * need not be a snapshot taken at one instant while workers are still adding.
 *
 * <h2>TASK 02.1 - One cache line per worker (4 points)</h2>
 * The workers never share a tally, yet they slow each other down. The tallies sit side by side
 * in one array, 8 bytes each, so eight of them share each 64-byte cache line. A core must own
 * a line exclusively to write it, so every add by one worker takes the line away from the
 * others. Spread the tallies out so that each worker's lives on cache lines of its own, and
 * keep the neighbours of the first and last away too. Adjacent-line prefetch makes 128 bytes
 * the safe distance.
 * <p>Graded by: {@code ./mvnw test -pl 02-false-sharing}: the memory any two workers' adds
 * write must be at least 128 bytes apart (JOL reads it before and after each add), and at all
 * cores a JMH benchmark must show 1.5x the throughput of adjacent tallies.
 */
public class WorkerTallies {

    private final AtomicLongArray tallies;

    /** Tallies for {@code workers} worker threads, all zero. */
    public WorkerTallies(int workers) {
        this.tallies = new AtomicLongArray(workers); // TODO 02.1: eight tallies to a cache line
    }

    /** Adds {@code amount} to the tally of {@code worker}. */
    public void add(int worker, long amount) {
        tallies.getAndAdd(worker, amount); // TODO 02.1: which element holds worker's tally?
    }

    /** The sum of all tallies. */
    public long total() {
        long total = 0;
        for (int i = 0; i < tallies.length(); i++) {
            total += tallies.get(i);
        }
        return total;
    }
}
