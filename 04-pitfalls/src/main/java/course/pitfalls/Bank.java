package course.pitfalls;

/**
 * Moves money between accounts. Many teller threads call {@link #transfer} at once, in any
 * direction: one thread may move money from A to B while another moves it from B to A.
 *
 * <p>Contract: a transfer is atomic: no thread ever sees the money gone from {@code from} and
 * not yet in {@code to}, and the total over all accounts never changes. A transfer of more than
 * the balance is refused (returns false). Transfers never block each other forever.
 *
 * <h2>TASK 04.1 - Transfers that cannot deadlock (3 points)</h2>
 * A transfer locks the source account, then the destination. Thread 1 moves money from A to B
 * and holds A; thread 2 moves money from B to A and holds B; each waits for the lock the other
 * holds, forever. Go's runtime would panic ("all goroutines are asleep"); the JVM says nothing,
 * the threads just stop. Make every transfer take the two locks in the same global order, so
 * that no cycle can form.
 * <p>Graded by: {@code ./mvnw test -pl 04-pitfalls}: two tellers transferring in opposite
 * directions must finish, watched for a deadlock by {@code ThreadMXBean.findDeadlockedThreads};
 * two withdrawals that together exceed a balance must not both succeed, and two deposits into one
 * account must both arrive (jcstress tests {@code Bank_01_NoOverdraft}, {@code Bank_02_NoLostDeposit}).
 */
public class Bank {

    /** Moves {@code amount} from {@code from} to {@code to}; false when {@code from} has too little. */
    public boolean transfer(Account from, Account to, long amount) {
        synchronized (from) { // TODO 04.1: two opposite transfers take these locks in opposite orders
            synchronized (to) {
                if (from.balance() < amount) {
                    return false;
                }
                from.add(-amount);
                to.add(amount);
                return true;
            }
        }
    }
}
