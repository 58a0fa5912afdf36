package course.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the check that embodies an exercise's lesson: the starter must fail it by an assertion
 * (or, for a timing gate, be declared inconclusive), and the solution must pass it. The course
 * proof ({@code ./mvnw -Pproof verify}) holds every exercise to this.
 *
 * <p>Checks without this mark are specifications the starter may already meet, such as
 * "counts correctly on one thread": they keep a fast solution from becoming a wrong one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Gate {
}
