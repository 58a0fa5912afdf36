package course.falsesharing.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.falsesharing.SpscRing;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * The consumer polls an empty ring in a loop, as the next stage of a pipeline waits for work;
 * the producer offers one element. Padding changes where head and tail live, not how they are
 * read: a tail that is no longer volatile may be read once by the compiled loop and never again.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the consumer got the element")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the consumer never got the element: poll() kept comparing head "
        + "with a tail read before the offer, because nothing orders the read after the producer's write")
@State
public class SpscRing_02_ConsumerSeesElement {

    private final SpscRing<String> ring = new SpscRing<>(4);

    @Actor
    public void consumer() {
        while (ring.poll() == null) {
            // waits for the producer's element
        }
    }

    @Signal
    public void producer() {
        ring.offer("work");
    }
}
