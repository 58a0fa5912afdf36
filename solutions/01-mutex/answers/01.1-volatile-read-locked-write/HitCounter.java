package course.mutex;

public class HitCounter {
    private volatile long hits;

    public synchronized void hit() {
        hits++;
    }

    public long total() {
        return hits;
    }
}
