package course.pitfalls;

public class Bank {

    private static final Object TIE = new Object();

    public boolean transfer(Account from, Account to, long amount) {
        int a = System.identityHashCode(from);
        int b = System.identityHashCode(to);
        if (a == b) {
            synchronized (TIE) {
                return locked(from, to, from, to, amount);
            }
        }
        return a < b ? locked(from, to, from, to, amount) : locked(to, from, from, to, amount);
    }

    private static boolean locked(Account first, Account second, Account from, Account to, long amount) {
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
