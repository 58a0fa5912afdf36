package course.falsesharing;

/**
 * Statistics of a two-stage pipeline. The reader thread calls {@link #lineRead} for every line
 * it reads; the writer thread calls {@link #lineWritten} for every line it writes; a monitor
 * thread reads the four figures now and then.
 *
 * <p>Contract: each {@code line...} method is called by one thread only (the reader, or the
 * writer), so a plain read-add-write of a volatile field loses nothing. The four fields keep
 * their names (the layout check looks them up).
 *
 * <h2>TASK 02.3 - Group fields by the thread that writes them (3 points)</h2>
 * The reader's two counters and the writer's two counters share a cache line, so the two
 * threads slow each other down although neither touches the other's fields. Fields written by
 * the same thread may share a line; fields written by different threads must not. The JDK
 * solves this with {@code @jdk.internal.vm.annotation.Contended}, which takes a group name:
 * fields of one group are laid out together, each group padded away from everything else.
 * LongAdder's cells use it. It only works with {@code -XX:-RestrictContended} (this chapter's
 * build passes it, and {@code --add-exports java.base/jdk.internal.vm.annotation=ALL-UNNAMED}
 * to compile against it).
 * <p>Graded by: {@code ./mvnw test -pl 02-false-sharing}: the memory the reader's methods write
 * must be at least 128 bytes from the memory the writer's methods write, found by JOL in the
 * JVM that runs the test.
 */
public class PipelineStats {

    // TODO 02.3: the reader writes these two ...
    private volatile long linesRead;
    private volatile long bytesRead;
    // ... and the writer these two, on the same cache line
    private volatile long linesWritten;
    private volatile long bytesWritten;

    /** Reader thread only: counts one line of {@code bytes} bytes read. */
    public void lineRead(int bytes) {
        linesRead = linesRead + 1;
        bytesRead = bytesRead + bytes;
    }

    /** Writer thread only: counts one line of {@code bytes} bytes written. */
    public void lineWritten(int bytes) {
        linesWritten = linesWritten + 1;
        bytesWritten = bytesWritten + bytes;
    }

    /** Lines read so far. */
    public long linesRead() {
        return linesRead;
    }

    /** Bytes read so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** Lines written so far. */
    public long linesWritten() {
        return linesWritten;
    }

    /** Bytes written so far. */
    public long bytesWritten() {
        return bytesWritten;
    }
}
