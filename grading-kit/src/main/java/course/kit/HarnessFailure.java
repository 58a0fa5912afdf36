package course.kit;

/**
 * The kit could not run a harness at all: jcstress or JMH failed before it measured anything.
 * That says nothing of the code under test, only of the machine or the harness, so the grader
 * runs an exercise that failed this way once more; a check's own verdict never throws this.
 */
public final class HarnessFailure extends IllegalStateException {

    public HarnessFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
