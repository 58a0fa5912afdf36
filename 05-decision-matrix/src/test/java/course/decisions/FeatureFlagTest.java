package course.decisions;

import course.decisions.model.FeatureFlagModel;
import course.decisions.races.FeatureFlag_01_ReaderSeesFlag;
import course.kit.Exercise;
import course.kit.Gate;
import course.kit.jcstress.TerminationRun;
import course.kit.lincheck.ModelCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.3", title = "A flag needs no lock", points = 1,
        hint = "One variable, written rarely, read constantly: what gives visibility without a lock? "
                + "See 05-decision-matrix/README.md, 'Hints for 05.3'.")
@DisplayName("05.3 FeatureFlag is read without a lock")
class FeatureFlagTest {

    @Test
    @DisplayName("a request waiting for the flag sees it turned on (termination test)")
    void changeIsVisible(TestReporter reporter) {
        TerminationRun.assertTerminates(FeatureFlag_01_ReaderSeesFlag.class, reporter);
    }

    @Test
    @Gate
    @DisplayName("no thread ever waits for a thread paused inside isOn() or set() (Lincheck)")
    void readersNeverWait(TestReporter reporter) {
        ModelCheck.of(FeatureFlagModel.class).assertNonBlocking(reporter, "isOn() or set()",
                "One boolean, read constantly and written rarely, needs visibility, not mutual exclusion.");
    }
}
