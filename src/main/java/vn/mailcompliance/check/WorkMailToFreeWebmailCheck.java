package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 16: free webmail is not used for work. A mailbox that, in the period, sent mail to an address on a
 * free-webmail domain ({@code compliance.inventory.free-webmail}) that looks like the sender's own ({@link OwnAddress}),
 * or sent more than {@code compliance.inventory.free-webmail-threshold} messages to others' free-webmail addresses.
 * Details: {@code messages}, {@code distinctAddresses}, {@code domains} (domain and count), {@code ownAddresses},
 * {@code ownMessages}, {@code ownMatchedBy} (how the first own address was recognised), {@code firstSent}, {@code lastSent}; never a subject nor a body.
 */
@Component
class WorkMailToFreeWebmailCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        if (account.kind() == MailboxKind.GROUP) {
            return List.of();
        }
        int messages = 0;
        int ownMessages = 0;
        int othersMessages = 0;
        Set<String> addresses = new LinkedHashSet<>();
        Set<String> own = new LinkedHashSet<>();
        Set<String> matchedBy = new LinkedHashSet<>();
        Map<String, Integer> domains = new TreeMap<>();
        LocalDateTime first = null;
        LocalDateTime last = null;
        ZoneId zone = policy.zone();
        for (SentMail.ExternalMail mail : snapshot.sentMail().external()) {
            List<String> webmail = mail.recipients().stream()
                    .filter(r -> policy.isFreeWebmail(r.substring(r.indexOf('@') + 1))).toList();
            if (webmail.isEmpty()) {
                continue;
            }
            messages++;
            boolean toOwn = false;
            for (String recipient : webmail) {
                addresses.add(recipient);
                domains.merge(recipient.substring(recipient.indexOf('@') + 1), 1, Integer::sum);
                var match = OwnAddress.matchedBy(account, recipient);
                if (match.isPresent()) {
                    toOwn = true;
                    own.add(recipient);
                    matchedBy.add(match.get());
                }
            }
            if (toOwn) {
                ownMessages++;
            } else {
                othersMessages++;
            }
            LocalDateTime sentAt = mail.sentAt() == null ? null : LocalDateTime.ofInstant(mail.sentAt(), zone);
            if (sentAt != null) {
                first = first == null || sentAt.isBefore(first) ? sentAt : first;
                last = last == null || sentAt.isAfter(last) ? sentAt : last;
            }
        }
        if (own.isEmpty() && othersMessages <= policy.freeWebmailThreshold()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        Details details = new Details.WorkMailToFreeWebmail(messages, addresses.size(),
                domains.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                        .collect(Collectors.joining(", ")),
                List.copyOf(own), ownMessages, matchedBy.stream().findFirst().orElse(null),
                policy.freeWebmailThreshold(), first, last);
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.WORK_MAIL_TO_FREE_WEBMAIL, "",
                details, first == null ? now : first, last == null ? now : last));
    }
}
