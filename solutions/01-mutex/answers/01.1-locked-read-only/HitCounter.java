package course.mutex;

public class HitCounter {
    private long hits;

    public void hit() {
        hits++;
    }

    public synchronized long total() {
        return hits;
    }
}
