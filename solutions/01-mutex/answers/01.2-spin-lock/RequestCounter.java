package course.mutex;

import java.util.concurrent.atomic.AtomicBoolean;

public class RequestCounter {
    private final AtomicBoolean busy = new AtomicBoolean();
    private long count;

    public void increment() {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            count++;
        } finally {
            busy.set(false);
        }
    }

    public long sum() {
        while (!busy.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            return count;
        } finally {
            busy.set(false);
        }
    }
}
