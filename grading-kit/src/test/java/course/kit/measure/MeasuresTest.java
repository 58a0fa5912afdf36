package course.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

@DisplayName("Deterministic measures: counted by the JVM, not timed")
class MeasuresTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Test
    @DisplayName("a fresh 8 KiB array costs about 8 KiB per call, a reused one costs nothing")
    void allocation() {
        byte[][] sink = new byte[1][];
        double fresh = Allocation.bytesPerOperation(() -> sink[0] = new byte[8192], 1_000, 10_000);
        byte[] reused = new byte[8192];
        double reuse = Allocation.bytesPerOperation(() -> sink[0] = reused, 1_000, 10_000);
        assertThat(fresh).isBetween(8192.0, 8300.0);
        assertThat(reuse).isLessThan(1.0);
    }

    @Test
    @DisplayName("a fresh 8 KiB direct buffer costs 8 KiB of direct memory per call, which the heap count misses")
    void directAllocation() {
        java.nio.ByteBuffer[] sink = new java.nio.ByteBuffer[1];
        Allocation.PerOperation fresh = Allocation.perOperation(() -> sink[0] = java.nio.ByteBuffer.allocateDirect(8192), 100, 1_000);
        java.nio.ByteBuffer reused = java.nio.ByteBuffer.allocateDirect(8192);
        Allocation.PerOperation reuse = Allocation.perOperation(() -> sink[0] = reused, 100, 1_000);
        assertThat(fresh.directBytes()).isEqualTo(8192.0);
        assertThat(fresh.heapBytes()).isLessThan(1_024.0);
        assertThat(reuse.directBytes()).isZero();
    }

    @Test
    @DisplayName("the locks a thread holds are listed: monitors and ReentrantLocks, nothing otherwise")
    void heldLocks() {
        Object monitor = new Object();
        ReentrantLock lock = new ReentrantLock();
        assertThat(HeldLocks.ofCurrentThread()).isEmpty();
        synchronized (monitor) {
            assertThat(HeldLocks.ofCurrentThread()).singleElement().asString().contains("synchronized");
        }
        lock.lock();
        try {
            assertThat(HeldLocks.ofCurrentThread()).singleElement().asString().contains("ReentrantLock");
        } finally {
            lock.unlock();
        }
    }

    @Test
    @DisplayName("threads that share no lock never stop; a thread that waits for a held lock is counted")
    void contention() {
        Contention none = Contention.measure("thread-local work", 2, Duration.ofMillis(200), i -> {
            long[] local = new long[1];
            return () -> local[0]++;
        });
        assertThat(none.stops()).isZero();
        assertThat(none.operations()).isPositive();
        assertThat(none.threadsRarelyStop()).isTrue();

        // Fair, or the worker's tight lock-unlock loop can barge past the queued holder for the
        // whole measurement: the holder never gets the lock back and the worker never waits.
        ReentrantLock lock = new ReentrantLock(true);
        AtomicBoolean done = new AtomicBoolean();
        Thread holder = new Thread(() -> {
            while (!done.get()) {
                lock.lock();
                try {
                    Deadlocks.awaitWithoutDeadlock(() -> done.get() || lock.hasQueuedThreads(), DEADLINE,
                            "a worker to queue for the lock");
                } finally {
                    lock.unlock();
                }
            }
        }, "lock-holder");
        holder.setDaemon(true);
        holder.start();
        Contention one;
        try {
            one = Contention.measure("waiting for a lock held by another thread", 1, Duration.ofMillis(200),
                    i -> () -> {
                        lock.lock();
                        lock.unlock();
                    });
        } finally {
            done.set(true);
        }
        assertThat(one.waited()).isPositive();
        assertThat(new Contention(100, 0, 1_000_000, 0).threadsRarelyStop()).as("a lock that stops threads").isFalse();
        assertThat(new Contention(3, 0, 500_000, 0).threadsRarelyStop()).as("three stops in 0.5 M").isFalse();
        assertThatNoException().as("three stops: enough to tell")
                .isThrownBy(() -> new Contention(3, 0, 500_000, 0).abortIfTooFewToTell());
        assertThat(new Contention(2, 0, 3_000_000, 0).threadsRarelyStop()).as("two stops in 3 M").isTrue();
        assertThatThrownBy(() -> new Contention(2, 0, 166_912, 0).abortIfTooFewToTell())
                .as("two stops in 166,912 operations: a lock on a busy machine, or two one-time stops")
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("INCONCLUSIVE").hasMessageContaining("too few to tell");
    }

    @Test
    @DisplayName("a deadlock between two threads is found and described, instead of hanging")
    void deadlock() throws InterruptedException {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread first = lockBoth("transfer-a-to-b", a, b, bothHoldOne);
        Thread second = lockBoth("transfer-b-to-a", b, a, bothHoldOne);
        try {
            assertThatThrownBy(() -> Deadlocks.awaitWithoutDeadlock(() -> false, DEADLINE, "the transfers"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Deadlock")
                    .hasMessageContaining("transfer-a-to-b")
                    .hasMessageContaining("transfer-b-to-a");
        } finally {
            first.interrupt();
            second.interrupt();
            first.join(DEADLINE.toMillis());
            second.join(DEADLINE.toMillis());
        }
    }

    @Test
    @DisplayName("two threads that each hold a lock and wait for the other's with a timeout are no deadlock")
    void timedWaitsAreNoDeadlock() throws InterruptedException {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread first = tryBoth("transfer-a-to-b", a, b, bothHoldOne);
        Thread second = tryBoth("transfer-b-to-a", b, a, bothHoldOne);
        try {
            long end = System.nanoTime() + DEADLINE.toNanos();
            while (!(first.getState() == Thread.State.TIMED_WAITING && second.getState() == Thread.State.TIMED_WAITING)
                    && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            assertThat(Deadlocks.find()).as("a cycle of waits that time out").isEmpty();
        } finally {
            first.join(DEADLINE.toMillis());
            second.join(DEADLINE.toMillis());
        }
    }

    private static Thread tryBoth(String name, ReentrantLock outer, ReentrantLock inner, CountDownLatch bothHoldOne) {
        Thread t = new Thread(() -> {
            outer.lock();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                if (inner.tryLock(500, TimeUnit.MILLISECONDS)) {
                    inner.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                outer.unlock();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Thread lockBoth(String name, ReentrantLock outer, ReentrantLock inner, CountDownLatch bothHoldOne) {
        Thread t = new Thread(() -> {
            try {
                outer.lockInterruptibly();
                bothHoldOne.countDown();
                bothHoldOne.await();
                inner.lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    @DisplayName("a thread blocked forever on a queue is reported as leaked, one that ended is not")
    void leakedThreads() throws InterruptedException {
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        SynchronousQueue<String> queue = new SynchronousQueue<>();
        Thread consumer = new Thread(() -> {
            try {
                queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "forgotten-consumer");
        consumer.setDaemon(true);
        consumer.start();
        List<String> leaked = LiveThreads.leakedSince(before, Duration.ofMillis(200));
        assertThat(leaked).singleElement().asString().contains("forgotten-consumer").contains("WAITING");
        consumer.interrupt();
        assertThat(LiveThreads.leakedSince(before, DEADLINE)).isEmpty();
    }

    @Test
    @DisplayName("a virtual thread blocked on a queue is reported as leaked; its carrier thread is not")
    void leakedVirtualThreads() throws InterruptedException {
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        SynchronousQueue<String> queue = new SynchronousQueue<>();
        Thread consumer = Thread.ofVirtual().name("forgotten-virtual-consumer").start(() -> {
            try {
                queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> leaked = LiveThreads.leakedSince(before, Duration.ofMillis(200));
        assertThat(leaked).singleElement().asString().contains("forgotten-virtual-consumer").contains("(virtual)");
        consumer.interrupt();
        assertThat(LiveThreads.leakedSince(before, DEADLINE)).isEmpty();
    }

    @Test
    @DisplayName("a virtual thread that yields in a loop is listed a thousand times over, and the JVM lives (a thread dump crashed it)")
    void yieldingVirtualThread() throws InterruptedException {
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        AtomicBoolean stop = new AtomicBoolean();
        Thread yielding = Thread.ofVirtual().name("yielding").start(() -> {
            while (!stop.get()) {
                Thread.yield();
            }
        });
        try {
            for (int i = 0; i < 1_000; i++) {
                assertThat(LiveThreads.startedSince(before)).contains(yielding);
            }
        } finally {
            stop.set(true);
            yielding.join(DEADLINE);
        }
        assertThat(LiveThreads.leakedSince(before, DEADLINE)).isEmpty();
    }

    static class TwoLongs {
        long a;
        long b;
    }

    @Test
    @DisplayName("JOL reads the real distance between two adjacent long fields: 8 bytes")
    void layout() {
        assertThat(Layout.distance(TwoLongs.class, "a", "b")).isEqualTo(8);
        assertThatThrownBy(() -> Layout.offsetOf(TwoLongs.class, "c")).hasMessageContaining("no field named 'c'");
    }

    @Test
    @DisplayName("JOL's footprint of an object graph counts every object it reaches")
    void footprint() {
        long[] eight = new long[8];
        assertThat(Layout.footprint(eight)).isEqualTo(16 + 8 * 8);
        assertThat(Layout.footprint(new Object[] {new long[8], new long[8]})).isGreaterThan(2 * (16 + 8 * 8));
    }

    @Test
    @DisplayName("a parked thread uses no CPU; a spinning one uses about its wall time")
    void threadCpu() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        Thread parked = new Thread(() -> Together.await(release, DEADLINE, "the release"), "parked");
        Thread spinning = new Thread(() -> {
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        }, "spinning");
        parked.setDaemon(true);
        spinning.setDaemon(true);
        parked.start();
        spinning.start();
        try {
            long parkedBefore = ThreadCpu.nanos(List.of(parked));
            long spinningBefore = ThreadCpu.nanos(List.of(spinning));
            Thread.sleep(300); // the measurement window
            assertThat(ThreadCpu.nanos(List.of(parked)) - parkedBefore).as("CPU of the parked thread")
                    .isLessThan(20_000_000);
            assertThat(ThreadCpu.nanos(List.of(spinning)) - spinningBefore).as("CPU of the spinning thread")
                    .isGreaterThan(50_000_000);
        } finally {
            release.countDown();
            stop.set(true);
        }
    }

    @Test
    @DisplayName("a job that never finishes fails with its stack instead of hanging")
    void stuckJobFails() {
        CountDownLatch never = new CountDownLatch(1);
        assertThatThrownBy(() -> Together.runAll("waiting for Godot", 1, Duration.ofMillis(300), () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("waiting for Godot did not finish")
                .hasMessageContaining("CountDownLatch.await");
        never.countDown();
    }

    @Test
    @DisplayName("an idle thread parked in take() wakes 0 times; one that sleeps 1 ms between looks wakes hundreds of times")
    void idleActivity() throws InterruptedException {
        SynchronousQueue<String> never = new SynchronousQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        LiveThreads.Snapshot before = LiveThreads.snapshot();
        Thread parked = Thread.ofPlatform().start(() -> {
            try {
                never.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        IdleActivity.Activity quiet = IdleActivity.during(before, Duration.ofMillis(300));
        parked.interrupt();
        parked.join();
        LiveThreads.Snapshot again = LiveThreads.snapshot();
        Thread poller = Thread.ofVirtual().start(() -> {
            while (!stop.get()) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        IdleActivity.Activity polling = IdleActivity.during(again, Duration.ofMillis(300));
        stop.set(true);
        poller.join();
        assertThat(quiet.wakeUps()).isZero();
        assertThat(polling.wakeUps()).as(polling.summary()).isGreaterThan(50);
    }
}
