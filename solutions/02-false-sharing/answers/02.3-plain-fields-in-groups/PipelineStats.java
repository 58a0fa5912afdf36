package course.falsesharing;

import jdk.internal.vm.annotation.Contended;

public class PipelineStats {

    // One writer per field: a plain read-add-write loses nothing, and a plain store skips the
    // fence a volatile store costs on every line counted.
    @Contended("reader")
    private long linesRead;
    @Contended("reader")
    private long bytesRead;
    @Contended("writer")
    private long linesWritten;
    @Contended("writer")
    private long bytesWritten;

    public void lineRead(int bytes) {
        linesRead = linesRead + 1;
        bytesRead = bytesRead + bytes;
    }

    public void lineWritten(int bytes) {
        linesWritten = linesWritten + 1;
        bytesWritten = bytesWritten + bytes;
    }

    public long linesRead() {
        return linesRead;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long linesWritten() {
        return linesWritten;
    }

    public long bytesWritten() {
        return bytesWritten;
    }
}
