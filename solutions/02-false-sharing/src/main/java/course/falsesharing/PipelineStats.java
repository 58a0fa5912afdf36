package course.falsesharing;

import jdk.internal.vm.annotation.Contended;

/**
 * Statistics of a two-stage pipeline. The reader thread calls {@link #lineRead} for every line
 * it reads; the writer thread calls {@link #lineWritten} for every line it writes; a monitor
 * thread reads the four figures now and then.
 *
 * <p>Contract: each {@code line...} method is called by one thread only (the reader, or the
 * writer), so a plain read-add-write of a volatile field loses nothing. The four fields keep
 * their names (the layout check looks them up).
 */
public class PipelineStats {

    /*
     * SOLUTION 02.3. Two contention groups: the fields of one group are laid out together and
     * the JVM puts ContendedPaddingWidth (128) bytes of padding around each group. The reader's
     * two counters share their lines, which is fine, since one thread writes both; the writer's
     * two are 128+ bytes away. No padding fields to maintain, and the JVM's layout engine
     * cannot reorder them away: the annotation is the layout contract.
     *
     * The catch: @Contended is jdk.internal. For application classes it is ignored unless the
     * JVM runs with -XX:-RestrictContended, and javac needs --add-exports
     * java.base/jdk.internal.vm.annotation=ALL-UNNAMED (this chapter's pom passes both). The
     * JDK itself uses it for LongAdder's cells, ForkJoinPool's queues and Thread's random seeds.
     *
     * Measured with JOL (JDK 25, -XX:-RestrictContended): 136 bytes between the closest reader
     * and writer fields; without the flag, 8.
     */

    @Contended("reader")
    private volatile long linesRead;
    @Contended("reader")
    private volatile long bytesRead;
    @Contended("writer")
    private volatile long linesWritten;
    @Contended("writer")
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
