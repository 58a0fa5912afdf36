package course.pitfalls;

public class Bank {

    public boolean transfer(Account from, Account to, long amount) {
        Account first = from.id() < to.id() ? from : to;
        Account second = from.id() < to.id() ? to : from;
        if (from.id() > to.id()) {
            Account swap = first;
            first = second;
            second = swap;
        }
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
