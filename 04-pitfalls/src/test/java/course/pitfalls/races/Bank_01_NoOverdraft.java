package course.pitfalls.races;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import course.pitfalls.Account;
import course.pitfalls.Bank;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZJ_Result;

/**
 * Two tellers each move 60 out of an account that holds 100, at the same moment, to two other
 * accounts. One of them must be refused. Checking the balance before taking the locks lets both
 * see 100, and both take their 60.
 */
@JCStressTest
@Outcome(id = {"true, false, 40", "false, true, 40"}, expect = ACCEPTABLE, desc = "one transfer made, the other refused")
@Outcome(id = "true, true, -20", expect = FORBIDDEN, desc = "overdraft: both tellers saw 100 before either took "
        + "its 60; the balance check ran outside the locks that guard the update")
@Outcome(expect = FORBIDDEN, desc = "money created or lost")
@State
public class Bank_01_NoOverdraft {

    private final Bank bank = new Bank();
    private final Account shared = new Account(1, 100);
    private final Account first = new Account(2, 0);
    private final Account second = new Account(3, 0);

    @Actor
    public void firstTeller(ZZJ_Result r) {
        r.r1 = bank.transfer(shared, first, 60);
    }

    @Actor
    public void secondTeller(ZZJ_Result r) {
        r.r2 = bank.transfer(shared, second, 60);
    }

    @Arbiter
    public void audit(ZZJ_Result r) {
        r.r3 = shared.currentBalance();
    }
}
