package course.grader;

/**
 * An exercise as the pristine course declares it: read from the {@code @Exercise} annotation
 * in the chapter's test sources, never from anything a submission or its code could write.
 *
 * @param id        as in {@code 01.2}
 * @param title     what the learner achieves
 * @param points    what it is worth
 * @param hint      where to look when it is red
 * @param testClass the fully qualified name of the test class that grades it
 * @param raceTests the jcstress tests its checks ask for ({@code JcstressRun.verdictOf(X.class)}),
 *                  fully qualified: when the exercise runs alone, only these race tests run
 * @param checks    the names of its test class's {@code @Test} methods, as declared: a test report
 *                  must give a verdict for each, and for no other
 */
public record ExerciseSpec(String id, String title, int points, String hint, String testClass,
                           java.util.List<String> raceTests, java.util.List<String> checks) {
}
