package course.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Ties a graded test class to one exercise of a chapter. Every test in the class is one check
 * of that exercise; the exercise earns its points only when every check passes.
 *
 * <pre>{@code
 * @Exercise(id = "01.1", title = "Count every hit", points = 2,
 *           hint = "count++ is three steps: read, add, write. See README, hints for 01.1.")
 * class HitCounterTest { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Exercise {

    /** Chapter number and exercise number, as in {@code "01.2"}. */
    String id();

    /** What the learner achieves, in a few words. */
    String title();

    /** Points earned when every check of the exercise passes. */
    int points();

    /** Where to look next when the exercise is red: a nudge, then the README section to read. */
    String hint() default "";
}
