package course.kit.study;

import java.util.ArrayList;
import java.util.List;

/**
 * The "loaded" condition of the study: threads that keep all cores but one busy with
 * arithmetic, as another program on a student's laptop would.
 */
final class CpuHog implements AutoCloseable {

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** Starts one busy thread per core, less one. */
    CpuHog() {
        int count = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(this::spin, "cpu-hog-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    int threads() {
        return threads.size();
    }

    private void spin() {
        long x = 1;
        while (running) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        if (x == 42) {
            System.out.print(""); // keeps the loop from being optimized away
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(1_000);
        }
    }
}
