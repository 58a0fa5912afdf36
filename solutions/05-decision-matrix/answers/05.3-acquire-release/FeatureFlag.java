package course.decisions;

import java.util.concurrent.atomic.AtomicBoolean;

public class FeatureFlag {
    private final AtomicBoolean on = new AtomicBoolean();

    public boolean isOn() {
        return on.getAcquire();
    }

    public void set(boolean value) {
        on.setRelease(value);
    }
}
