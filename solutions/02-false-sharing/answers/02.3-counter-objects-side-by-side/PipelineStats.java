package course.falsesharing;

public class PipelineStats {

    private final Counters reader = new Counters();
    private final Counters writer = new Counters();

    public void lineRead(int bytes) {
        reader.count(bytes);
    }

    public void lineWritten(int bytes) {
        writer.count(bytes);
    }

    public long linesRead() {
        return reader.lines;
    }

    public long bytesRead() {
        return reader.bytes;
    }

    public long linesWritten() {
        return writer.lines;
    }

    public long bytesWritten() {
        return writer.bytes;
    }

    private static final class Counters {
        volatile long lines;
        volatile long bytes;

        void count(int n) {
            lines = lines + 1;
            bytes = bytes + n;
        }
    }
}
