package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Articles 12.2 and 16: an active mailbox forwards work mail outside the official domains. One finding per
 * destination (the subject). Details: {@code destination}, {@code destinationDomain}, {@code freeWebmail}
 * ({@code true} when the domain is a free webmail service of {@code compliance.inventory.free-webmail}). A redirect
 * of the mailbox's own active Sieve script is the same breach: its finding's subject is {@code Sieve: <destination>}
 * and its details end with {@code source} = {@code Sieve}.
 */
@Component
class ExternalForwardingCheck implements AccountCheck {

    static final String SIEVE = "Sieve";

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        if (!account.active() || account.kind() == MailboxKind.GROUP) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        List<Finding> findings = new ArrayList<>();
        for (String destination : snapshot.directory().forwardingsOf(account.address())) {
            String domain = destination.substring(destination.indexOf('@') + 1);
            if (policy.organization().isOfficial(domain)) {
                continue;
            }
            Details details = new Details.ExternalForwarding(destination, domain, policy.isFreeWebmail(domain),
                    null);
            findings.add(new Finding(account.address(), account.unitCode(), FindingCode.EXTERNAL_FORWARDING,
                    destination, details, now, now));
        }
        for (String destination : snapshot.sieveRedirects()) {
            String domain = destination.substring(destination.indexOf('@') + 1);
            if (policy.organization().isOfficial(domain)) {
                continue;
            }
            Details details = new Details.ExternalForwarding(destination, domain, policy.isFreeWebmail(domain),
                    SIEVE);
            findings.add(new Finding(account.address(), account.unitCode(), FindingCode.EXTERNAL_FORWARDING,
                    SIEVE + ": " + destination, details, now, now));
        }
        return findings;
    }
}
