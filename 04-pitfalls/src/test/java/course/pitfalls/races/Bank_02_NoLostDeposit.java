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
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Two tellers pay into the same account at the same moment, from two different accounts. Both
 * deposits must arrive: a transfer that does not lock the account it pays into lets the two
 * read-add-writes of its balance overlap.
 */
@JCStressTest
@Outcome(id = "30", expect = ACCEPTABLE, desc = "both deposits arrived")
@Outcome(id = {"10", "20"}, expect = FORBIDDEN, desc = "lost deposit: both tellers read the payee's old balance; "
        + "the account paid into was updated without its lock")
@Outcome(expect = FORBIDDEN, desc = "money created or lost")
@State
public class Bank_02_NoLostDeposit {

    private final Bank bank = new Bank();
    private final Account payee = new Account(1, 0);
    private final Account firstPayer = new Account(2, 100);
    private final Account secondPayer = new Account(3, 100);

    @Actor
    public void firstTeller() {
        bank.transfer(firstPayer, payee, 10);
    }

    @Actor
    public void secondTeller() {
        bank.transfer(secondPayer, payee, 20);
    }

    @Arbiter
    public void audit(J_Result r) {
        r.r1 = payee.currentBalance();
    }
}
