package course.falsesharing.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.falsesharing.SpscRing;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * The producer offers an element whose field it has just set; the consumer polls at the same
 * moment. The consumer may find nothing yet, or the element with its field; never the element
 * without it. Padding must not cost the ring its ordering: tail must stay volatile (or be
 * written with release semantics), and be written after the element.
 */
@JCStressTest
@Outcome(id = "-1", expect = ACCEPTABLE, desc = "nothing published yet")
@Outcome(id = "42", expect = ACCEPTABLE, desc = "element seen with its contents")
@Outcome(id = "0", expect = FORBIDDEN, desc = "element seen before its contents: published too early")
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
    public void consumer(I_Result r) {
        Message m = ring.poll();
        r.r1 = m == null ? -1 : m.payload;
    }
}
