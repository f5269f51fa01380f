package vn.mailcompliance.check;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 12.3b: one personal mailbox per staff member. A person is their employee id; without one, their full name
 * within their unit (case and spacing ignored, Vietnamese diacritics kept: "Lê" and "Lệ" are different names). One
 * finding per mailbox of a person holding several active ones. Details: {@code matchedBy} ({@code employeeId} or
 * {@code fullNameInUnit}), {@code employeeId}, {@code fullName}, {@code otherMailboxes}.
 */
@Component
class PersonalMailboxDuplicateCheck implements DirectoryCheck {

    @Override
    public List<Finding> check(DirectorySnapshot directory, Policy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        Map<String, List<Account>> people = new LinkedHashMap<>();
        for (Account account : directory.accounts()) {
            String person = person(account);
            if (account.active() && account.kind() == MailboxKind.PERSONAL && person != null) {
                people.computeIfAbsent(person, k -> new ArrayList<>()).add(account);
            }
        }
        List<Finding> findings = new ArrayList<>();
        people.values().stream().filter(mailboxes -> mailboxes.size() > 1).forEach(mailboxes -> {
            for (Account mailbox : mailboxes) {
                Details details = new Details.PersonalMailboxDuplicate(
                        hasEmployeeId(mailbox) ? "employeeId" : "fullNameInUnit", mailbox.employeeId(),
                        mailbox.displayName(),
                        mailboxes.stream().map(Account::address).filter(a -> !a.equals(mailbox.address())).toList());
                findings.add(new Finding(mailbox.address(), mailbox.unitCode(), FindingCode.PERSONAL_MAILBOX_DUPLICATE,
                        null, details, now, now));
            }
        });
        return findings;
    }

    private static String person(Account account) {
        if (hasEmployeeId(account)) {
            return "id:" + account.employeeId().strip();
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            return null;
        }
        String name = Normalizer.normalize(account.displayName(), Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return "name:" + account.unitCode() + ":" + name;
    }

    private static boolean hasEmployeeId(Account account) {
        return account.employeeId() != null && !account.employeeId().isBlank();
    }
}
