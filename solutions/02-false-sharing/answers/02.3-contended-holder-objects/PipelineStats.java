package course.falsesharing;

import jdk.internal.vm.annotation.Contended;

public class PipelineStats {

    /** The reader thread's counters; the whole object is padded by 128 bytes at both ends. */
    @Contended
    private static final class ReaderSide {
        volatile long linesRead;
        volatile long bytesRead;
    }

    /** The writer thread's counters, padded the same way. */
    @Contended
    private static final class WriterSide {
        volatile long linesWritten;
        volatile long bytesWritten;
    }

    private final ReaderSide reader = new ReaderSide();
    private final WriterSide writer = new WriterSide();

    public void lineRead(int bytes) {
        reader.linesRead = reader.linesRead + 1;
        reader.bytesRead = reader.bytesRead + bytes;
    }

    public void lineWritten(int bytes) {
        writer.linesWritten = writer.linesWritten + 1;
        writer.bytesWritten = writer.bytesWritten + bytes;
    }

    public long linesRead() {
        return reader.linesRead;
    }

    public long bytesRead() {
        return reader.bytesRead;
    }

    public long linesWritten() {
        return writer.linesWritten;
    }

    public long bytesWritten() {
        return writer.bytesWritten;
    }
}
