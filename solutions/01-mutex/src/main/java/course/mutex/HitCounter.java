package course.mutex;

/**
 * Counts page hits. Request threads call {@link #hit()} concurrently; a dashboard thread reads
 * {@link #total()}.
 *
 * <p>Contract: after {@code n} calls to {@code hit()} have returned, from any threads,
 * {@code total()} returns {@code n}.
 */
public class HitCounter {

    /*
     * SOLUTION 01.1. Why it is correct: both methods lock the same monitor (this), so the
     * read-add-write of hit() happens as one step for every other thread, and a reader that
     * takes the lock after a writer released it sees the writer's value (unlock happens-before
     * the next lock of the same monitor). Reading without the lock would risk a stale total.
     *
     * Why it is not fast: every hit from every thread now takes turns on one lock. That is
     * exercise 01.2.
     */
    private long hits;

    /** Records one hit. */
    public synchronized void hit() {
        hits++;
    }

    /** The number of hits recorded so far. */
    public synchronized long total() {
        return hits;
    }
}
