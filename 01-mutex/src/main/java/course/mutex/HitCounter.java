package course.mutex;

/**
 * Counts page hits. Request threads call {@link #hit()} concurrently; a dashboard thread reads
 * {@link #total()}.
 *
 * <p>Contract: after {@code n} calls to {@code hit()} have returned, from any threads,
 * {@code total()} returns {@code n}.
 *
 * <h2>TASK 01.1 - Count every hit (2 points)</h2>
 * This counter is fast and wrong. {@code hits++} is three steps, a read, an add and a write;
 * two threads can both read 41 and both write 42, and one hit is lost. Nothing crashes and no
 * error is logged: the total is just low. Make every hit count, with the simplest tool that
 * makes the three steps one: a lock.
 * <p>Graded by: {@code ../mvnw test} in {@code 01-mutex}: jcstress test
 * {@code HitCounter_01_LostUpdate}, a Lincheck model check of every schedule of two threads,
 * and a termination test: a dashboard waiting in a loop for the first hit must see it.
 */
public class HitCounter {

    private long hits;

    /** Records one hit. */
    public void hit() {
        hits++; // TODO 01.1: read-add-write is not atomic; two threads can lose an update here
    }

    /** The number of hits recorded so far. */
    public long total() {
        return hits; // TODO 01.1: without the same lock, a reader may not see the latest count
    }
}
