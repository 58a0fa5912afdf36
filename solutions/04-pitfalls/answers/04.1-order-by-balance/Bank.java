package course.pitfalls;

public class Bank {

    public boolean transfer(Account from, Account to, long amount) {
        Account first = from.currentBalance() >= to.currentBalance() ? from : to;
        Account second = first == from ? to : from;
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
