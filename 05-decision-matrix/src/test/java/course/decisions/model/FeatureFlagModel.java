package course.decisions.model;

import course.decisions.FeatureFlag;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The operations of {@link FeatureFlag} for Lincheck's model checker: request threads read the
 * flag, an operator sets it. Checked for obstruction-freedom: while one thread is paused at any
 * point inside an operation, the other must still finish its own.
 */
public class FeatureFlagModel {

    private final FeatureFlag flag = new FeatureFlag();

    @Operation
    public boolean isOn() {
        return flag.isOn();
    }

    @Operation
    public void switchOn() {
        flag.set(true);
    }

    @Operation
    public void switchOff() {
        flag.set(false);
    }
}
