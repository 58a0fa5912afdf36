package course.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.lincheck.ModelCheck;
import course.kit.measure.Together;
import course.pooling.model.BoundedPoolModel;
import course.pooling.races.BoundedPool_01_NoDoubleLending;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "03.1", title = "A pool that never lends one object twice", points = 3,
        hint = "java.util.concurrent has bounded, thread-safe queues whose offer() says no when full. "
                + "See 03-pooling/README.md, 'Hints for 03.1'.")
@DisplayName("03.1 BoundedPool is safe for many threads, resets, and stays bounded")
class BoundedPoolTest {

    @Test
    @DisplayName("an empty pool creates objects with the factory")
    void createsWhenEmpty() {
        AtomicInteger created = new AtomicInteger();
        BoundedPool<StringBuilder> pool = new BoundedPool<>(2, () -> {
            created.incrementAndGet();
            return new StringBuilder();
        }, sb -> sb.setLength(0));
        assertThat(pool.borrow()).isNotNull();
        assertThat(pool.borrow()).isNotNull();
        assertThat(created).hasValue(2);
    }

    @Test
    @DisplayName("a released object is reused, and reset before the next borrower sees it")
    void reusesAndResets() {
        BoundedPool<StringBuilder> pool = new BoundedPool<>(2, StringBuilder::new, sb -> sb.setLength(0));
        StringBuilder first = pool.borrow();
        first.append("secret of the previous borrower");
        pool.release(first);
        assertThat(first.toString())
                .as("the released object, idle in the pool (release() resets it: an idle object keeps nothing of "
                        + "its last borrower, nor holds on to what that borrower put in it)")
                .isEmpty();
        StringBuilder second = pool.borrow();
        assertThat(second).as("the idle object is reused").isSameAs(first);
        assertThat(second.toString()).as("what the next borrower finds in it").isEmpty();
    }

    @Test
    @DisplayName("a burst of releases keeps at most capacity idle objects")
    void staysBounded() {
        BoundedPool<Object> pool = new BoundedPool<>(3, Object::new, o -> { });
        Set<Object> released = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < 10; i++) {
            Object o = new Object();
            released.add(o);
            pool.release(o);
        }
        int idle = pool.idle();
        assertThat(idle).as("idle objects after 10 releases into a pool of capacity 3").isEqualTo(3);
        long lentAgain = IntStream.range(0, 10).mapToObj(i -> pool.borrow()).filter(released::contains).count();
        assertThat(lentAgain)
                .withFailMessage("10 borrows after 10 releases into a pool of capacity 3 got %d of the released objects "
                        + "back (idle() said %d): the pool kept more than its capacity", lentAgain, idle)
                .isLessThanOrEqualTo(3);
    }

    @Test
    @Gate
    @DisplayName("two simultaneous borrowers never get the same object (jcstress)")
    void neverLendsTwice(TestReporter reporter) {
        JcstressRun.verdictOf(BoundedPool_01_NoDoubleLending.class).assertPassed(reporter);
    }

    @Test
    @Gate
    @DisplayName("no schedule of two borrowers lends an object twice, unreset, or beyond capacity (Lincheck)")
    void everyScheduleLendsCleanObjects(TestReporter reporter) {
        ModelCheck.of(BoundedPoolModel.class)
                .sequentialSpecification(BoundedPoolModel.Specification.class)
                .assertLinearizable(reporter, "Two threads borrowing, writing and releasing",
                        "Look at the steps between the two threads' calls: a check and the action it guards "
                                + "(is there room? is it idle?) must be one atomic step, and an object must be "
                                + "reset before another thread can take it.");
    }

    /** A pooled object that knows whether someone holds it. */
    private static final class Owned {
        final AtomicBoolean inUse = new AtomicBoolean();
    }

    @Test
    @DisplayName("4 threads x 50,000 borrow-use-release cycles: no object held by two threads at once")
    void exclusiveUnderStress(TestReporter reporter) {
        BoundedPool<Owned> pool = new BoundedPool<>(4, Owned::new, o -> { });
        List<String> problems = Together.run("4 threads borrowing and releasing", 4, Duration.ofSeconds(60), i -> () -> {
            int clashes = 0;
            try {
                for (int n = 0; n < 50_000; n++) {
                    Owned o = pool.borrow();
                    if (!o.inUse.compareAndSet(false, true)) {
                        clashes++;
                    }
                    o.inUse.set(false);
                    pool.release(o);
                }
            } catch (RuntimeException broken) {
                return "the pool threw " + broken + " (its insides were corrupted by concurrent use)";
            }
            return clashes == 0 ? null : clashes + " times a borrower got an object another thread was still using";
        });
        List<String> found = problems.stream().filter(p -> p != null).toList();
        Figures.report(reporter, found.size() + " of 4 threads saw a shared or broken pool", "0");
        assertThat(found).withFailMessage("%s", found).isEmpty();
    }
}
