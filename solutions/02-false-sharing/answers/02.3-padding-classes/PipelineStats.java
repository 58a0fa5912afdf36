package course.falsesharing;

public class PipelineStats extends WriterCounters {

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

abstract class StatsPadBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

abstract class ReaderCounters extends StatsPadBefore {
    volatile long linesRead;
    volatile long bytesRead;
}

abstract class StatsPadBetween extends ReaderCounters {
    long p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31;
}

abstract class WriterCounters extends StatsPadBetween {
    volatile long linesWritten;
    volatile long bytesWritten;
}
