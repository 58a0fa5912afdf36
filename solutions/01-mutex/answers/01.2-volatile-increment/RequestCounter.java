package course.mutex;

public class RequestCounter {
    private volatile long count;

    public void increment() {
        count++;
    }

    public long sum() {
        return count;
    }
}
