package course.mutex;

public class HitCounter {
    private long hits;

    public synchronized void hit() {
        hits++;
    }

    public long total() {
        return hits;
    }
}
