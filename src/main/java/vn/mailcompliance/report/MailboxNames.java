package vn.mailcompliance.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Finding;

/** Puts the unit and the owner beside a mailbox address: the first four columns of every row that names a mailbox. */
final class MailboxNames {

    private final Map<String, String> unitNames = new HashMap<>();
    private final Map<String, Account> accounts = new HashMap<>();
    private final String noUnit;

    MailboxNames(List<Unit> units, List<Account> accounts, ReportTexts texts) {
        units.forEach(unit -> unitNames.put(unit.code(), unit.name()));
        accounts.forEach(account -> this.accounts.putIfAbsent(account.address().toLowerCase(), account));
        this.noUnit = texts.text("label.noUnit");
    }

    /** The unit a finding belongs to: its own, or else its mailbox's. */
    String unitCodeOf(Finding finding) {
        if (finding.unitCode() != null && !finding.unitCode().isEmpty()) {
            return finding.unitCode();
        }
        return unitCodeOf(finding.address());
    }

    String unitCodeOf(String address) {
        Account account = account(address);
        return account == null ? null : account.unitCode();
    }

    String unitName(String unitCode) {
        return unitCode == null || unitCode.isEmpty() ? noUnit : unitNames.getOrDefault(unitCode, "");
    }

    /** Unit code, unit name, mailbox address, display name. */
    void write(Cells cells, String unitCode, String address) {
        Account account = account(address);
        cells.text(unitCode).text(unitName(unitCode)).text(address)
                .text(account == null ? null : account.displayName());
    }

    private Account account(String address) {
        return address == null ? null : accounts.get(address.toLowerCase());
    }
}
