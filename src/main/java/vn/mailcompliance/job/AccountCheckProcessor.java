package vn.mailcompliance.job;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.mailcompliance.backlog.UnitMailboxMonth;
import vn.mailcompliance.backlog.UnitMailboxMonths;
import vn.mailcompliance.check.AccountCheck;
import vn.mailcompliance.check.AccountSnapshot;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.check.SentMail;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.personaluse.EvidenceRepository;
import vn.mailcompliance.sentmail.SentMailRepository;
import vn.mailcompliance.sieve.SieveRepository;

/**
 * Applies every {@link AccountCheck} to one account as of the evaluation instant, with what the other features know
 * of the mailbox: its unit-mailbox month, personal-use evidence, sent mail and Sieve redirects (group mailboxes only
 * forward, so they have none). An account without findings is filtered out. The sent mail of the period and the
 * Sieve redirects (read only when {@code compliance.sieve.source} reads Sieve rules) are read for the whole directory
 * when the step starts, not mailbox by mailbox.
 */
class AccountCheckProcessor implements ItemProcessor<Account, List<Finding>> {

    private final Evaluation evaluation;
    private final List<AccountCheck> checks;
    private final Policy policy;
    private final EvidenceRepository evidence;
    private final SentMailRepository.PeriodSentMail sentMail;
    private final Map<String, List<String>> sieveRedirects;
    private final CoverageRepository coverage;
    private final Map<String, UnitMailboxMonth> unitMailboxMonths;
    private final Set<String> withEvidence;

    AccountCheckProcessor(Evaluation evaluation, List<AccountCheck> checks, Policy policy,
                          UnitMailboxMonths unitMailboxMonths, EvidenceRepository evidence,
                          SentMailRepository sentMail, SieveRepository sieve, boolean sieveRead,
                          CoverageRepository coverage) {
        this.evaluation = evaluation;
        this.checks = checks;
        this.policy = policy;
        this.evidence = evidence;
        this.coverage = coverage;
        this.unitMailboxMonths = unitMailboxMonths.ofUnitMailboxes(evaluation.period(), evaluation.day(),
                evaluation.directory());
        this.withEvidence = evidence.mailboxesWithEvidence(evaluation.instant());
        this.sentMail = sentMail.sentIn(evaluation.period(), evaluation.instant());
        this.sieveRedirects = sieveRead ? sieve.redirectsByMailbox() : Map.of();
    }

    @Override
    public List<Finding> process(Account account) {
        Clock clock = evaluation.clock();
        AccountSnapshot snapshot = snapshotOf(account);
        List<Finding> found = new ArrayList<>();
        checks.forEach(check -> found.addAll(check.check(account, snapshot, policy, clock)));
        return found.isEmpty() ? null : found;
    }

    private AccountSnapshot snapshotOf(Account account) {
        String address = account.address();
        boolean group = account.kind() == MailboxKind.GROUP;
        return new AccountSnapshot(evaluation.directory(), unitMailboxMonths,
                group || !withEvidence.contains(address) ? List.of()
                        : evidence.forMailbox(address, evaluation.instant()),
                group ? SentMail.NONE : sentMail.of(address),
                group ? List.of() : sieveRedirects.getOrDefault(address.toLowerCase(Locale.ROOT), List.of()),
                lastLoginByAuditor(account));
    }

    /**
     * Whether a leaver's last login is one of the product's own scans (checked for leavers only, whose mailboxes the
     * scan still reads; two minutes either side absorb the clocks of the two machines).
     */
    private boolean lastLoginByAuditor(Account account) {
        return account.leftOn() != null && account.lastLoginAt() != null
                && coverage.scannedAround(account.address(), account.lastLoginAt(), Duration.ofMinutes(2));
    }
}
