package course.pooling.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.pooling.BoundedPool;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The pool holds one idle object; two threads borrow at the same moment. At most one of them
 * may get it (the other gets a new one from the factory). Both getting it means two borrowers
 * write into one buffer at once.
 */
@JCStressTest
@Outcome(id = {"1, 0", "0, 1"}, expect = ACCEPTABLE, desc = "one borrower got the idle object, the other a new one")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "both got new objects (a pool may drop what it holds)")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "lent twice: both borrowers got the same object")
@State
public class BoundedPool_01_NoDoubleLending {

    private final Object idle = new Object();
    private final BoundedPool<Object> pool = new BoundedPool<>(4, Object::new, o -> { });

    public BoundedPool_01_NoDoubleLending() {
        pool.release(idle);
    }

    @Actor
    public void firstBorrower(II_Result r) {
        r.r1 = pool.borrow() == idle ? 1 : 0;
    }

    @Actor
    public void secondBorrower(II_Result r) {
        r.r2 = pool.borrow() == idle ? 1 : 0;
    }
}
