package vn.mailcompliance.check;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.personaluse.Evidence;
import vn.mailcompliance.personaluse.ServiceUsage;

/**
 * Article 16: an official mailbox used to register personal services. One PERSONAL_USE finding per personal or unit
 * mailbox and service, from all its evidence up to the instant (so first seen is the first evidence ever); forged mail
 * never counts (see {@link ServiceUsage#aggregate}). Group mailboxes only forward, so they are not judged. The sample
 * subjects are stored whatever the reports may show: only the audit export shows them, as
 * {@code compliance.report.show-subjects} says.
 */
@Component
class PersonalUseCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        if (account.kind() == MailboxKind.GROUP) {
            return List.of();
        }
        Instant asOf = clock.instant();
        List<Evidence> evidence = snapshot.personalUse().stream()
                .filter(e -> e.receivedAt() == null || !e.receivedAt().isAfter(asOf))
                .toList();
        return ServiceUsage.aggregate(evidence).stream()
                .map(usage -> usage.toFinding(account.address(), account.unitCode(), policy.zone()))
                .toList();
    }
}
