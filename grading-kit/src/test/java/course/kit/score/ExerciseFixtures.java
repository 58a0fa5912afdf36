package course.kit.score;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/** Exercises with known outcomes, run by {@link ScoreboardListenerTest} through the launcher. */
final class ExerciseFixtures {

    private ExerciseFixtures() {
    }

    @Exercise(id = "99.1", title = "Passes", points = 2)
    static class Passing {
        @Test
        @Gate
        void measuresAndPasses(TestReporter reporter) {
            Figures.report(reporter, "0 stops", "0");
        }
    }

    @Exercise(id = "99.2", title = "Fails by assertion", points = 3, hint = "read the lesson")
    static class FailingByAssertion {
        @Test
        @Gate
        void gateFails() {
            assertThat(1).as("lost updates").isZero();
        }

        @Test
        void specPasses() {
        }
    }

    @Exercise(id = "99.3", title = "Inconclusive", points = 1)
    static class Inconclusive {
        @Test
        @Gate
        void machineTooBusy() {
            throw Figures.inconclusive("1.10 effective CPUs");
        }
    }

    @Exercise(id = "99.4", title = "Crashes and skips", points = 1)
    static class CrashingAndSkipped {
        @Test
        void crashes() {
            throw new IllegalStateException("boom");
        }

        @Test
        @Disabled("not today")
        void skipped() {
        }
    }

    /** Threads the deadlock fixture leaves stuck, for the test to release once the run is over. */
    static final List<Thread> STUCK = new CopyOnWriteArrayList<>();

    @Exercise(id = "99.5", title = "Deadlocks", points = 1)
    static class Deadlocking {
        @Test
        @Timeout(1)
        void waitsForTwoThreadsInACycle() throws InterruptedException {
            ReentrantLock left = new ReentrantLock();
            ReentrantLock right = new ReentrantLock();
            CountDownLatch bothHoldOne = new CountDownLatch(2);
            STUCK.add(lockBoth("left-first", left, right, bothHoldOne));
            STUCK.add(lockBoth("right-first", right, left, bothHoldOne));
            for (Thread t : STUCK) {
                t.join();
            }
        }

        private static Thread lockBoth(String name, ReentrantLock first, ReentrantLock second, CountDownLatch latch) {
            Thread t = new Thread(() -> {
                first.lock();
                try {
                    latch.countDown();
                    latch.await();
                    second.lockInterruptibly();
                    second.unlock();
                } catch (InterruptedException e) {
                    // released by the test
                } finally {
                    first.unlock();
                }
            }, name);
            t.setDaemon(true);
            t.start();
            return t;
        }
    }
}
