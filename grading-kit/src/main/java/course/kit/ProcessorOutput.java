package course.kit;

/**
 * jcstress and JMH read at run time a list their annotation processors write at compile time
 * ({@code META-INF/TestList}, {@code META-INF/BenchmarkList}). A compiler that skips the
 * processors (an IDE's own, set up by hand, or {@code javac -proc:none}) leaves the list out, and
 * the tools then fail deep inside: jcstress with a bare NullPointerException, JMH with "Unable to
 * find the resource". This says what happened, and what to do, before they start.
 */
public final class ProcessorOutput {

    private ProcessorOutput() {
    }

    /**
     * Fails with one sentence when {@code list} is not on the class path of {@code reader}.
     *
     * @param tool   the tool that reads the list, as in {@code jcstress}
     * @param list   the list's resource name, as in {@code /META-INF/TestList}
     * @param reader a class of the tool, whose loader finds the list when the tool runs
     */
    public static void require(String tool, String list, Class<?> reader) {
        if (reader.getResource(list) == null) {
            throw new IllegalStateException(message(tool, list));
        }
    }

    static String message(String tool, String list) {
        return "The tests were compiled without " + tool + "'s annotation processor (no " + list.substring(1)
                + " on the class path), so this check cannot run: run the chapter with Maven (cd into its folder, "
                + "then mvn test), or let the IDE run the annotation processors the course's pom.xml lists "
                + "(README.md, 'In an IDE').";
    }
}
