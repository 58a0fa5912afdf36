package course.pitfalls;

import java.util.Comparator;

public class Bank {

    /** Accounts in id order: the lower id is locked first. */
    private static final Comparator<Account> BY_ID = (x, y) -> (int) (x.id() - y.id());

    public boolean transfer(Account from, Account to, long amount) {
        boolean fromFirst = BY_ID.compare(from, to) <= 0;
        Account first = fromFirst ? from : to;
        Account second = fromFirst ? to : from;
        synchronized (first) {
            synchronized (second) {
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
