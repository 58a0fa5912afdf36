package course.mutex;

import java.util.concurrent.Semaphore;

public class RequestCounter {
    private final Semaphore permit = new Semaphore(1);
    private long count;

    public void increment() {
        permit.acquireUninterruptibly();
        try {
            count++;
        } finally {
            permit.release();
        }
    }

    public long sum() {
        permit.acquireUninterruptibly();
        try {
            return count;
        } finally {
            permit.release();
        }
    }
}
