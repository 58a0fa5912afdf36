package course.mutex;

public class HitCounter {

    private long hits;               // guarded by this
    private volatile long published; // what the dashboard reads, without the lock

    public void hit() {
        long now;
        synchronized (this) {
            now = ++hits;
        }
        published = now; // outside the lock: keep the critical section small
    }

    public long total() {
        return published;
    }
}
