package course.kit.lincheck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@DisplayName("ModelCheck: Lincheck finds every way of waiting, and the lost update's schedule")
class ModelCheckTest {

    private final TestReporter reporter = entry -> { };

    /** A counter behind a spin lock: it never blocks or parks, and still makes threads wait. */
    public static class SpinLocked {
        private final AtomicBoolean busy = new AtomicBoolean();
        private long count;

        @Operation
        public void increment() {
            while (!busy.compareAndSet(false, true)) {
                Thread.onSpinWait();
            }
            count++;
            busy.set(false);
        }
    }

    /** A counter behind one permit. */
    public static class Permit {
        private final Semaphore permit = new Semaphore(1);
        private long count;

        @Operation
        public void increment() {
            permit.acquireUninterruptibly();
            count++;
            permit.release();
        }
    }

    /** A counter that takes no lock. */
    public static class Adder {
        private final LongAdder count = new LongAdder();

        @Operation
        public void increment() {
            count.increment();
        }

        @Operation
        public long sum() {
            return count.sum();
        }
    }

    /** A counter that loses updates. */
    public static class Racy {
        private volatile long count;

        @Operation
        public void increment() {
            count++;
        }

        @Operation
        public long get() {
            return count;
        }
    }

    /** Two locks taken in opposite orders by the two operations. */
    public static class OppositeOrders {
        private final Object first = new Object();
        private final Object second = new Object();
        private long moves;

        @Operation(nonParallelGroup = "forward")
        public void forward() {
            synchronized (first) {
                synchronized (second) {
                    moves++;
                }
            }
        }

        @Operation(nonParallelGroup = "backward")
        public void backward() {
            synchronized (second) {
                synchronized (first) {
                    moves--;
                }
            }
        }
    }

    @Test
    @DisplayName("two locks taken in opposite orders: the schedule that deadlocks is found")
    void oppositeLockOrdersDeadlock() {
        assertThatThrownBy(() -> ModelCheck.of(OppositeOrders.class).actorsPerThread(1)
                .assertNoDeadlock(reporter, "OppositeOrders", ""))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OppositeOrders can hang")
                .hasMessageContaining("MONITORENTER");
    }

    @Test
    @DisplayName("a spin lock and a semaphore are locks: the message names them and shows the schedule")
    void spinLockAndSemaphoreBlock() {
        for (Class<?> locked : new Class<?>[] {SpinLocked.class, Permit.class}) {
            assertThatThrownBy(() -> ModelCheck.of(locked).assertNonBlocking(reporter, "increment()", "Drop the lock."))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("A thread paused inside increment()")
                    .hasMessageContaining("Drop the lock.")
                    .hasMessageContaining("<hung>")
                    .hasMessageNotContaining("Detailed trace");
        }
    }

    @Test
    @DisplayName("operations loaded by a launcher's own class loader: one sentence saying how to launch, not a ClassNotFoundException")
    void launchersOwnLoaderIsNamed() throws Exception {
        java.net.URL classes = ModelCheckTest.class.getProtectionDomain().getCodeSource().getLocation();
        try (java.net.URLClassLoader launchers = new java.net.URLClassLoader(new java.net.URL[] {classes}, null)) {
            Class<?> elsewhere = Class.forName(Adder.class.getName(), false, launchers);
            assertThatThrownBy(() -> ModelCheck.requireSystemClassPath(elsewhere))
                    .hasMessageStartingWith("Lincheck cannot run here")
                    .hasMessageContaining("org.junit.platform.console.ConsoleLauncher");
        }
        assertThatCode(() -> ModelCheck.requireSystemClassPath(Adder.class)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a LongAdder counter never makes a thread wait")
    void adderIsNonBlocking() {
        assertThatCode(() -> ModelCheck.of(Adder.class).assertNonBlocking(reporter, "increment()", ""))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a volatile count++ gives a result no order gives, and the schedule shows the two reads")
    void lostUpdateIsShown() {
        assertThatThrownBy(() -> ModelCheck.of(Racy.class).assertLinearizable(reporter, "Racy", ""))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Racy gave a result that no one-at-a-time order")
                .hasMessageContaining("count ➜ 0");
    }

    @Test
    @DisplayName("a lost update found while looking for waits is reported as a wrong result, not as a lock")
    void wrongResultIsNotCalledALock() {
        assertThatThrownBy(() -> ModelCheck.of(Racy.class).assertNonBlocking(reporter, "increment()", "Drop the lock."))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("gave a result that no one-at-a-time order")
                .hasMessageNotContaining("Drop the lock.");
    }
}
