package course.pitfalls;

public class Bank {

    public boolean transfer(Account from, Account to, long amount) {
        synchronized (from) {
            if (from.balance() < amount) {
                return false;
            }
        }
        Account first = from.id() < to.id() ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.add(-amount);
                to.add(amount);
                return true;
            }
        }
    }
}
