package course.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WhilePaused: another thread must finish while one is paused inside a callback")
class WhilePausedTest {

    private static final Duration PATIENCE = Duration.ofMillis(300);

    @Test
    @DisplayName("work outside any lock lets the other thread finish during every pause")
    void unlockedCallbackLetsOthersProceed() {
        WhilePaused probe = new WhilePaused(PATIENCE);
        AtomicLong count = new AtomicLong();
        Runnable work = () -> {
            probe.pauseHere();
            count.incrementAndGet();
        };
        WhilePaused.Outcome outcome = probe.run("a paused job", work, "another job", work);
        assertThat(outcome.othersProceeded()).isTrue();
        assertThat(outcome.pauses()).isEqualTo(1);
        assertThat(count).hasValue(2);
    }

    @Test
    @DisplayName("a callback called under a semaphore keeps the other thread waiting, and its stack says where")
    void callbackUnderASemaphoreBlocksOthers() {
        WhilePaused probe = new WhilePaused(PATIENCE);
        Semaphore permit = new Semaphore(1);
        Runnable work = () -> {
            permit.acquireUninterruptibly();
            try {
                probe.pauseHere();
            } finally {
                permit.release();
            }
        };
        WhilePaused.Outcome outcome = probe.run("a paused job", work, "another job", work);
        assertThat(outcome.othersProceeded()).isFalse();
        assertThat(outcome.stuckAt()).contains("another job did not finish within 300 ms").contains("Semaphore");
    }

    @Test
    @DisplayName("a callback called twice is paused twice: a second call under a lock is found too")
    void everyCallIsPaused() {
        WhilePaused probe = new WhilePaused(PATIENCE);
        Object lock = new Object();
        Runnable twice = () -> {
            probe.pauseHere();
            synchronized (lock) {
                probe.pauseHere();
            }
        };
        WhilePaused.Outcome outcome = probe.run("a paused job", twice, "another job", () -> {
            synchronized (lock) {
                lock.hashCode();
            }
        });
        assertThat(outcome.pauses()).isEqualTo(2);
        assertThat(outcome.othersProceeded()).isFalse();
    }
}
