package course.falsesharing.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.falsesharing.SpscRing;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The producer offers an element whose field it has just set; the consumer polls at the same
 * moment. The consumer may find nothing yet, or the element with its field; never the element
 * without it; and once both are done, an element the consumer did not get is still in the
 * ring. Padding must not cost the ring its ordering: tail must stay volatile (or be written
 * with release semantics), and be written after the element.
 */
@JCStressTest
@Outcome(id = "-1, 42", expect = ACCEPTABLE, desc = "nothing published yet; the element came later, with its contents")
@Outcome(id = "42, -1", expect = ACCEPTABLE, desc = "element seen with its contents")
@Outcome(id = {"0, -1", "-1, 0"}, expect = FORBIDDEN, desc = "element seen before its contents: published too early")
@Outcome(id = "-1, -1", expect = FORBIDDEN, desc = "element lost: the consumer saw the new tail before the element "
        + "was in its slot, took the empty slot and moved past it")
@Outcome(expect = FORBIDDEN, desc = "impossible element")
@State
public class SpscRing_01_Publication {

    /** A message with a plain (not final) field, so only the ring can order its write. */
    static final class Message {
        int payload;
    }

    private final SpscRing<Message> ring = new SpscRing<>(4);

    @Actor
    public void producer() {
        Message m = new Message();
        m.payload = 42;
        ring.offer(m);
    }

    @Actor
    public void consumer(II_Result r) {
        r.r1 = payloadOf(ring.poll());
    }

    @Arbiter
    public void afterBoth(II_Result r) {
        r.r2 = payloadOf(ring.poll());
    }

    private static int payloadOf(Message m) {
        return m == null ? -1 : m.payload;
    }
}
