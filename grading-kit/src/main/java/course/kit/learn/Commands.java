package course.kit.learn;

/**
 * The learner commands, spelled once, so that the scoreboard, the progress report and the
 * hints all print the same line the README shows. Every one runs from the course's root.
 */
public final class Commands {

    private Commands() {
    }

    /** Grades a chapter: runs its tests and prints its scoreboard. */
    public static String test(String chapter) {
        return "./mvnw test -pl " + chapter;
    }

    /** Grades a chapter's reference solution by the chapter's tests (its folder's Maven configuration skips the starter's). */
    public static String testSolution(String chapter) {
        return "cd solutions/" + chapter + " && ../../mvnw test";
    }

    /** Prints every chapter's exercises and what to do next. */
    public static String progress() {
        return "./mvnw -q -Pprogress";
    }

    /** Prints one step of an exercise's hints. */
    public static String hint(String exercise, int step) {
        return "./mvnw -q -Phint -Dexercise=" + exercise + (step > 1 ? " -Dstep=" + step : "");
    }

    /** Shows the learner's file next to the solution's, as a diff. */
    public static String compare(String exerciseOrChapter) {
        return "./mvnw -q -Pcompare -Dexercise=" + exerciseOrChapter;
    }
}
