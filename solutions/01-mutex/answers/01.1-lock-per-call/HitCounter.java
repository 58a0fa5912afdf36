package course.mutex;

public class HitCounter {
    private long hits;

    public void hit() {
        synchronized (new Object()) {
            hits++;
        }
    }

    public synchronized long total() {
        return hits;
    }
}
