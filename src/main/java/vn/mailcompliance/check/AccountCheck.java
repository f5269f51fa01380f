package vn.mailcompliance.check;

import java.time.Clock;
import java.util.List;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Finding;

/**
 * A rule of the regulation applied to one mailbox: a pure function of the account, what is known about it, the
 * policy and the instant of the evaluation. Implementations are stateless Spring beans so that the job finds them all.
 */
public interface AccountCheck {

    List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock);
}
