package vn.mailcompliance.directory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the HR roster over the mail server's accounts: the roster decides each listed mailbox's unit, kind, name,
 * employee id and leaving date, and the units are the roster's. Mailboxes the roster does not list keep what the
 * source says. A roster row naming a mailbox the mail server does not have is rejected.
 */
final class RosterOverlay implements DirectorySource {

    private final DirectorySource source;
    private final Path roster;

    RosterOverlay(DirectorySource source, Path roster) {
        this.source = source;
        this.roster = roster;
    }

    @Override
    public DirectoryRead read() {
        Roster staff = RosterReader.read(roster);
        DirectoryRead read = source.read();
        Map<String, Account> accounts = new LinkedHashMap<>();
        read.accounts().forEach(a -> accounts.put(a.address(), a));
        Map<String, Unit> units = new LinkedHashMap<>();
        List<DirectoryRead.Rejection> rejections = new ArrayList<>(read.rejections());
        rejections.addAll(staff.rejections());
        for (RosterRow row : staff.rows()) {
            Unit known = units.get(row.unitCode());
            if (known == null || (known.name().equals(known.code()) && row.unitName() != null)) {
                units.put(row.unitCode(), new Unit(row.unitCode(), row.unitName() == null ? row.unitCode()
                        : row.unitName()));
            }
            Account account = accounts.get(row.mailbox());
            if (account == null) {
                rejections.add(new DirectoryRead.Rejection(staff.source(), row.rowNumber(), row.mailbox(),
                        "mailbox is not on the mail server: fix the address or remove the row"));
                continue;
            }
            accounts.put(row.mailbox(), account.withRoster(row.unitCode(), row.kind(),
                    row.fullName() == null ? account.displayName() : row.fullName(),
                    row.employeeId() == null ? account.employeeId() : row.employeeId(), row.leftOn()));
        }
        return new DirectoryRead(List.copyOf(units.values()), List.copyOf(accounts.values()), read.forwardings(),
                read.groupMembers(), List.copyOf(rejections), read.sourcePolicy());
    }
}
