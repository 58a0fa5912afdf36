package course.decisions;

public class FeatureFlag {
    private boolean on;

    public boolean isOn() {
        return on;
    }

    public synchronized void set(boolean value) {
        on = value;
    }
}
