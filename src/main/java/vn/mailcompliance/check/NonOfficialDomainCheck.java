package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 12.2: work mail only on the official domains. An active account of any kind on another domain.
 * Details: {@code domain}, {@code kind} ({@code PERSONAL}, {@code UNIT}, {@code GROUP}).
 */
@Component
class NonOfficialDomainCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        if (!account.active() || policy.organization().isOfficial(account.domain())) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        Details details = new Details.NonOfficialDomain(account.domain(), account.kind().name());
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.NON_OFFICIAL_DOMAIN, null,
                details, now, now));
    }
}
