package vn.mailcompliance.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.mailcompliance.directory.Account;

/**
 * Directory dates later than the run that read them (a {@code passwordlastchange} in 2030, a {@code created} in
 * 2099): impossible, so wrong in the source. The account is kept and evaluated; the Coverage sheet names the value so
 * that an auditor does not read "password not expired" as a fact.
 */
final class SuspectDates {

    /** Clocks of the mail server and of this machine may differ by some hours; a day later is no skew. */
    private static final long TOLERANCE_HOURS = 24;

    private static final List<Field> FIELDS = List.of(
            new Field("createdAt", Account::createdAt),
            new Field("passwordChangedAt", Account::passwordChangedAt),
            new Field("lastLoginAt", Account::lastLoginAt));

    /** @param field the message key's suffix naming the value ({@code suspect.field.<field>}) */
    record Suspect(Account account, String field, LocalDateTime value) {
    }

    private record Field(String name, Function<Account, LocalDateTime> value) {
    }

    private SuspectDates() {
    }

    static List<Suspect> in(List<Account> accounts, LocalDateTime readAt) {
        LocalDateTime latest = readAt.plusHours(TOLERANCE_HOURS);
        List<Suspect> suspects = new ArrayList<>();
        for (Account account : accounts) {
            for (Field field : FIELDS) {
                LocalDateTime value = field.value().apply(account);
                if (value != null && value.isAfter(latest)) {
                    suspects.add(new Suspect(account, field.name(), value));
                }
            }
        }
        return suspects;
    }
}
