package course.decisions;

import java.util.concurrent.atomic.AtomicBoolean;

public class FeatureFlag {
    private final AtomicBoolean busy = new AtomicBoolean();
    private boolean on;

    public boolean isOn() {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            return on;
        } finally {
            busy.set(false);
        }
    }

    public void set(boolean value) {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            on = value;
        } finally {
            busy.set(false);
        }
    }
}
