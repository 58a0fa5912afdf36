package course.pitfalls;

public class Bank {

    private final Object vault = new Object();

    public boolean transfer(Account from, Account to, long amount) {
        synchronized (vault) {
            synchronized (from) {
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
}
