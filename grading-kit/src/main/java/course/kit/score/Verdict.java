package course.kit.score;

/** The outcome of a check, or of an exercise (the worst of its checks). */
public enum Verdict {
    /** Every assertion held. */
    PASS,
    /** The machine could not measure what the check needs; it says why. Earns nothing, fails nothing. */
    INCONCLUSIVE,
    /** An assertion failed, the code threw, or the check did not run. */
    FAIL
}
