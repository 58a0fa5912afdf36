package course.pitfalls.model;

import course.pitfalls.Account;
import course.pitfalls.Bank;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Two tellers of one bank for Lincheck's model checker: one always moves money from A to B, the
 * other from B to A (each direction is its own {@code nonParallelGroup}, so the two threads run
 * opposite transfers). Lincheck tries the schedules of their reads, writes and lock acquisitions
 * and reports one in which both wait for ever. The ids are far apart, as a bank's can be: an
 * order computed as {@code (int) (x.id() - y.id())} calls them equal, and each thread locks its
 * own payer first.
 */
public class BankModel {

    private final Bank bank = new Bank();
    private final Account a = new Account(1, 1_000);
    private final Account b = new Account(1 + (1L << 32), 1_000);

    @Operation(nonParallelGroup = "a-to-b")
    public boolean transferAToB() {
        return bank.transfer(a, b, 1);
    }

    @Operation(nonParallelGroup = "b-to-a")
    public boolean transferBToA() {
        return bank.transfer(b, a, 1);
    }
}
