package course.falsesharing;

import java.util.concurrent.atomic.AtomicLong;

public class PipelineStats {

    private final AtomicLong linesRead = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong linesWritten = new AtomicLong();
    private final AtomicLong bytesWritten = new AtomicLong();

    public void lineRead(int bytes) {
        linesRead.incrementAndGet();
        bytesRead.addAndGet(bytes);
    }

    public void lineWritten(int bytes) {
        linesWritten.incrementAndGet();
        bytesWritten.addAndGet(bytes);
    }

    public long linesRead() {
        return linesRead.get();
    }

    public long bytesRead() {
        return bytesRead.get();
    }

    public long linesWritten() {
        return linesWritten.get();
    }

    public long bytesWritten() {
        return bytesWritten.get();
    }
}
