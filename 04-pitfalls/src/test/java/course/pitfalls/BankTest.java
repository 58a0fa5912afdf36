package course.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.jcstress.JcstressRun;
import course.kit.lincheck.ModelCheck;
import course.kit.measure.Deadlocks;
import course.pitfalls.model.BankModel;
import course.pitfalls.races.Bank_01_NoOverdraft;
import course.pitfalls.races.Bank_02_NoLostDeposit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "04.1", title = "Transfers that cannot deadlock", points = 3,
        hint = "Two locks taken in opposite orders make a cycle. Give accounts an order. "
                + "See 04-pitfalls/README.md, 'Hints for 04.1'.")
@DisplayName("04.1 Bank transfers in any direction without deadlock")
class BankTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** How long the tellers keep transferring: long enough for a bad lock order to show on a busy machine. */
    private static final Duration BUSY_FOR = Duration.ofSeconds(1);

    /**
     * Starts {@code count} daemon tellers running {@code work(i)} and waits until all are done,
     * failing at once, with the threads and locks involved, if they deadlock. A deadlocked
     * teller stays blocked (a monitor wait cannot be interrupted); being a daemon, it does not
     * keep the test JVM alive.
     */
    private static void runTellers(String what, int count, java.util.function.IntConsumer work) {
        AtomicInteger done = new AtomicInteger();
        List<Thread> tellers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int teller = i;
            Thread t = new Thread(() -> {
                work.accept(teller);
                done.incrementAndGet();
            }, "teller-" + i);
            t.setDaemon(true);
            tellers.add(t);
        }
        tellers.forEach(Thread::start);
        Deadlocks.awaitWithoutDeadlock(() -> done.get() == count, DEADLINE, what);
    }

    @Test
    @DisplayName("a transfer moves money, and one beyond the balance is refused")
    void transfersAndRefusesOverdraft() {
        Bank bank = new Bank();
        Account a = new Account(1, 100);
        Account b = new Account(2, 0);
        assertThat(bank.transfer(a, b, 60)).isTrue();
        assertThat(bank.transfer(a, b, 60)).as("a transfer of more than the balance").isFalse();
        assertThat(a.currentBalance()).isEqualTo(40);
        assertThat(b.currentBalance()).isEqualTo(60);
    }

    @Test
    @Gate
    @DisplayName("two tellers moving money A to B and B to A for a second: no deadlock")
    void oppositeTransfersFinish(TestReporter reporter) {
        Bank bank = new Bank();
        Account a = new Account(1, 1_000_000);
        Account b = new Account(1 + (1L << 32), 1_000_000); // ids are longs: (int) (a - b) would be 0
        long end = System.nanoTime() + BUSY_FOR.toNanos();
        AtomicLong transfers = new AtomicLong();
        runTellers("2 tellers transferring A->B and B->A for " + BUSY_FOR.toSeconds() + " s", 2, teller -> {
            long n = 0;
            while (System.nanoTime() < end) {
                if (teller == 0) {
                    bank.transfer(a, b, 1);
                } else {
                    bank.transfer(b, a, 1);
                }
                n++;
            }
            transfers.addAndGet(n);
        });
        Figures.report(reporter, Figures.count(transfers.get()) + " opposite transfers in " + BUSY_FOR.toSeconds()
                + " s, no deadlock", "no deadlock");
        assertThat(a.currentBalance() + b.currentBalance()).as("money in A and B").isEqualTo(2_000_000);
    }

    @Test
    @DisplayName("two tellers drawing 60 each from 100 at once: one is refused (jcstress)")
    void neverOverdraws(TestReporter reporter) {
        JcstressRun.verdictOf(Bank_01_NoOverdraft.class).assertPassed(reporter);
    }

    @Test
    @DisplayName("two tellers paying into one account at once: both deposits arrive (jcstress)")
    void neverLosesADeposit(TestReporter reporter) {
        JcstressRun.verdictOf(Bank_02_NoLostDeposit.class).assertPassed(reporter);
    }

    /** A wrong lock order that deadlocks only in a rare schedule is found here, schedule by schedule. */
    @Test
    @Gate
    @DisplayName("no schedule of opposite transfers on two threads deadlocks (Lincheck)")
    void noScheduleDeadlocks(TestReporter reporter) {
        ModelCheck.of(BankModel.class).actorsPerThread(2).assertNoDeadlock(reporter, "Two opposite transfers",
                "Both threads must take the two accounts' locks in the same order, an order that never changes.");
    }

    @Test
    @DisplayName("4 tellers x 20,000 random transfers among 8 accounts: not a cent created or lost")
    void moneyIsConserved() {
        Bank bank = new Bank();
        Account[] accounts = new Account[8];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Account(i, 10_000);
        }
        runTellers("4 tellers making random transfers", 4, teller -> {
            SplittableRandom random = new SplittableRandom(teller);
            for (int n = 0; n < 20_000; n++) {
                Account from = accounts[random.nextInt(accounts.length)];
                Account to = accounts[random.nextInt(accounts.length)];
                bank.transfer(from, to, random.nextInt(1, 500));
            }
        });
        long total = 0;
        for (Account account : accounts) {
            total += account.currentBalance();
        }
        assertThat(total).as("money in all accounts").isEqualTo(80_000);
    }
}
