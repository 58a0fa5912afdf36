package course.pitfalls;

public class Bank {

    public boolean transfer(Account from, Account to, long amount) {
        synchronized (from) {
            if (from.balance() < amount) {
                return false;
            }
            from.add(-amount);
        }
        to.add(amount);
        return true;
    }
}
