package course.kit.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/** A correct counter: the kit must pass it every time. */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@Outcome(expect = FORBIDDEN, desc = "an increment was lost")
@State
public class Counter_02_Atomic {
    final AtomicInteger count = new AtomicInteger();

    @Actor
    public void first() {
        count.incrementAndGet();
    }

    @Actor
    public void second() {
        count.incrementAndGet();
    }

    @Arbiter
    public void total(I_Result r) {
        r.r1 = count.get();
    }
}
