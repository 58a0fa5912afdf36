package course.falsesharing;

import jdk.internal.vm.annotation.Contended;

@Contended
public class PipelineStats {

    private volatile long linesRead;
    private volatile long bytesRead;
    private volatile long linesWritten;
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
