package course.decisions;

import java.util.concurrent.atomic.AtomicBoolean;

public class FeatureFlag {
    private final AtomicBoolean on = new AtomicBoolean();

    public boolean isOn() {
        return on.get();
    }

    public void set(boolean value) {
        on.lazySet(value);
    }
}
