package course.kit.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The probe plus one trivial benchmark, for the kit's own tests. */
@State(Scope.Benchmark)
public class ProbeBenchmarks extends ParallelismProbe {

    private long seed = 17;

    @Benchmark
    public long tiny() {
        return seed * 31;
    }
}
