package course.falsesharing;

import jdk.internal.vm.annotation.Contended;

public class PipelineStats {

    // The monitor reads lines together and bytes together: one group each.
    @Contended("lines")
    private volatile long linesRead;
    @Contended("bytes")
    private volatile long bytesRead;
    @Contended("lines")
    private volatile long linesWritten;
    @Contended("bytes")
    private volatile long bytesWritten;

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
