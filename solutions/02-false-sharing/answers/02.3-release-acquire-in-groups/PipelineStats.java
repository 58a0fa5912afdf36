package course.falsesharing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import jdk.internal.vm.annotation.Contended;

public class PipelineStats {

    private static final VarHandle LINES_READ;
    private static final VarHandle BYTES_READ;
    private static final VarHandle LINES_WRITTEN;
    private static final VarHandle BYTES_WRITTEN;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            LINES_READ = lookup.findVarHandle(PipelineStats.class, "linesRead", long.class);
            BYTES_READ = lookup.findVarHandle(PipelineStats.class, "bytesRead", long.class);
            LINES_WRITTEN = lookup.findVarHandle(PipelineStats.class, "linesWritten", long.class);
            BYTES_WRITTEN = lookup.findVarHandle(PipelineStats.class, "bytesWritten", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // Written only by their own thread, with release stores; read by the monitor with acquire loads.
    @Contended("reader")
    private long linesRead;
    @Contended("reader")
    private long bytesRead;
    @Contended("writer")
    private long linesWritten;
    @Contended("writer")
    private long bytesWritten;

    public void lineRead(int bytes) {
        LINES_READ.setRelease(this, linesRead + 1); // a thread always sees its own last write
        BYTES_READ.setRelease(this, bytesRead + bytes);
    }

    public void lineWritten(int bytes) {
        LINES_WRITTEN.setRelease(this, linesWritten + 1);
        BYTES_WRITTEN.setRelease(this, bytesWritten + bytes);
    }

    public long linesRead() {
        return (long) LINES_READ.getAcquire(this);
    }

    public long bytesRead() {
        return (long) BYTES_READ.getAcquire(this);
    }

    public long linesWritten() {
        return (long) LINES_WRITTEN.getAcquire(this);
    }

    public long bytesWritten() {
        return (long) BYTES_WRITTEN.getAcquire(this);
    }
}
