package course.pitfalls;

/**
 * A bank account. Its balance is guarded by the account's own monitor: read and change it only
 * while holding {@code synchronized (account)}.
 */
public final class Account {

    private final long id;
    private long balance;

    /** An account with a unique {@code id} and an opening balance. */
    public Account(long id, long balance) {
        this.id = id;
        this.balance = balance;
    }

    /** The account's unique id; ids give accounts a total order. */
    public long id() {
        return id;
    }

    /** The balance; the caller holds this account's monitor. */
    long balance() {
        return balance;
    }

    /** Changes the balance by {@code delta}; the caller holds this account's monitor. */
    void add(long delta) {
        balance += delta;
    }

    /** The balance, read under the account's monitor. */
    public synchronized long currentBalance() {
        return balance;
    }
}
