package course.kit.measure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Reads one key of a keyed object again and again on one thread while another thread adds new
 * keys to it, until a read does not return the key's value.
 *
 * <p>A {@code HashMap} grows by making a table twice the size and moving its entries over one
 * bucket at a time; the new table is in place before the entries are. A read that skips the
 * writer's lock can look in the middle of that move and miss a key that was there all along.
 * Unlike most memory-model bugs, x86 and the JIT do not hide this one: on two free cores it
 * showed within 110 ms in every run (JDK 25). The writer starts on a fresh object every
 * {@code keysPerRound} keys, so that its tables keep growing.
 *
 * <p>The reader sees a table grow most easily while both threads run at the same instant: then
 * a wrong read showed before the reader had watched 15,000 keys being added alongside it (added
 * by the writer between two of its reads close together). On one core the threads take turns,
 * and a wrong read needs the writer switched out in the middle of a move: it showed within
 * 0.42 s in 10 of 10 runs pinned to one core, and within 0.26 s in 12 of 12 next to a busy
 * core. So a run lasts until the reader has watched a given number of keys added alongside it,
 * or for a time limit on a machine where the threads seldom run together.
 */
public final class ReadsWhileGrowing {

    /** Keys added between two reads beyond which the reader counts the threads as having taken turns. */
    private static final long ALONGSIDE = 64;

    /** How long after the limit the two threads may take before the check gives up on them. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    /**
     * What the reader saw.
     *
     * @param reads reads of the key, the wrong one included
     * @param wrong what the wrong read returned (its value, or the exception it threw); null when none was wrong
     * @param keysAdded keys the writer had added, over all rounds
     * @param keysWatched of those, the keys added while the reader read alongside the writer
     */
    public record Outcome(long reads, String wrong, long keysAdded, long keysWatched) {

        public boolean clean() {
            return wrong == null;
        }
    }

    private ReadsWhileGrowing() {
    }

    /**
     * Runs the writer and the reader together until the reader saw a wrong value, or watched
     * {@code keysToWatch} keys being added alongside it, or {@code limit} passed (see above for
     * the figures that choose them). Each round, the
     * writer takes a fresh object from {@code seeded} (the key to read already in it), then
     * calls {@code addKey} with {@code 0..keysPerRound-1}; the reader applies {@code read} to
     * the newest object and expects {@code expected}.
     */
    public static <T> Outcome run(long keysToWatch, Duration limit, int keysPerRound, Supplier<T> seeded,
            ObjIntConsumer<T> addKey, ToLongFunction<T> read, long expected) {
        AtomicReference<T> current = new AtomicReference<>(seeded.get());
        AtomicReference<String> wrong = new AtomicReference<>();
        AtomicLong added = new AtomicLong();
        AtomicLong watched = new AtomicLong();
        long end = System.nanoTime() + limit.toNanos();
        List<Long> reads = Together.run("a writer adding new keys and a reader reading an old one", 2,
                limit.plus(GRACE), thread -> () -> {
                    if (thread == 0) {
                        while (going(end, wrong, watched, keysToWatch)) {
                            T target = seeded.get();
                            current.set(target);
                            for (int key = 0; key < keysPerRound && going(end, wrong, watched, keysToWatch); key++) {
                                addKey.accept(target, key);
                                added.lazySet(added.get() + 1);
                            }
                        }
                        return 0L;
                    }
                    long done = 0;
                    long seen = added.get();
                    while (going(end, wrong, watched, keysToWatch)) {
                        done++;
                        try {
                            long value = read.applyAsLong(current.get());
                            if (value != expected) {
                                wrong.set(String.valueOf(value));
                            }
                        } catch (RuntimeException e) {
                            wrong.set("an exception, " + e);
                        }
                        long now = added.get();
                        if (now - seen <= ALONGSIDE) {
                            watched.lazySet(watched.get() + now - seen);
                        }
                        seen = now;
                    }
                    return done;
                });
        return new Outcome(reads.get(1), wrong.get(), added.get(), watched.get());
    }

    private static boolean going(long end, AtomicReference<String> wrong, AtomicLong watched, long keysToWatch) {
        return wrong.get() == null && watched.get() < keysToWatch && System.nanoTime() < end;
    }
}
