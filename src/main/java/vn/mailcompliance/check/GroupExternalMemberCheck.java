package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 12.5c: a group mailbox forwards to its members' personal mailboxes. One finding per member (the subject)
 * of an active group that is outside the official domains ({@code external}), unknown to the directory
 * ({@code unknown}) or disabled ({@code disabled}). Details: {@code member}, {@code reason}.
 */
@Component
class GroupExternalMemberCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        if (!account.active() || account.kind() != MailboxKind.GROUP) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        List<Finding> findings = new ArrayList<>();
        for (String member : snapshot.directory().membersOf(account.address())) {
            String reason = reason(member, snapshot, policy);
            if (reason != null) {
                Details details = new Details.GroupExternalMember(member, reason);
                findings.add(new Finding(account.address(), account.unitCode(), FindingCode.GROUP_EXTERNAL_MEMBER,
                        member, details, now, now));
            }
        }
        return findings;
    }

    private static String reason(String member, AccountSnapshot snapshot, Policy policy) {
        if (!policy.organization().isOfficial(member.substring(member.indexOf('@') + 1))) {
            return "external";
        }
        Optional<Account> known = snapshot.directory().account(member);
        if (known.isEmpty()) {
            return "unknown";
        }
        return known.get().active() ? null : "disabled";
    }
}
