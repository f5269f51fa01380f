package vn.mailcompliance.directory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the HR roster over the mail server's accounts: the roster decides each listed mailbox's unit, name, employee
 * id, leaving date, signing duty and (where it gives one) kind, and the units with their leaders are the roster's.
 * Mailboxes the roster does not list keep what the source says. A roster row naming a mailbox the mail server does
 * not have is rejected; staff listed without a mailbox are passed on as such.
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
        List<DirectoryRead.Rejection> rejections = new ArrayList<>(read.rejections());
        rejections.addAll(staff.rejections());
        Map<String, Unit> units = units(staff, rejections);
        for (RosterRow row : staff.rowsWithMailbox()) {
            Account account = accounts.get(row.mailbox());
            if (account == null) {
                rejections.add(new DirectoryRead.Rejection(staff.source(), row.rowNumber(), row.mailbox(),
                        "mailbox is not on the mail server: fix the address or remove the row"));
                continue;
            }
            accounts.put(row.mailbox(), account.withRoster(row.unitCode(),
                    row.kind() == null ? account.kind() : row.kind(),
                    row.fullName() == null ? account.displayName() : row.fullName(),
                    row.employeeId() == null ? account.employeeId() : row.employeeId(), row.leftOn(),
                    row.signsMail()));
        }
        return new DirectoryRead(List.copyOf(units.values()), List.copyOf(accounts.values()), read.forwardings(),
                read.groupMembers(), List.copyOf(rejections), staff.staffWithoutMailbox(), read.sourcePolicy());
    }

    /** The roster's units, named by the first row that names them, with the leader the first row gives. */
    private static Map<String, Unit> units(Roster staff, List<DirectoryRead.Rejection> rejections) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (RosterRow row : staff.rows()) {
            Unit known = units.getOrDefault(row.unitCode(), new Unit(row.unitCode(), row.unitCode()));
            String name = known.name().equals(known.code()) && row.unitName() != null ? row.unitName() : known.name();
            String leader = known.leaderEmail();
            if (row.leaderEmail() != null) {
                if (leader == null) {
                    leader = row.leaderEmail();
                } else if (!leader.equals(row.leaderEmail())) {
                    rejections.add(new DirectoryRead.Rejection(staff.source(), row.rowNumber(), row.mailbox(),
                            "unit " + row.unitCode() + " already has leader_email " + leader
                                    + " on an earlier row: give one leader per unit"));
                }
            }
            units.put(row.unitCode(), new Unit(row.unitCode(), name, leader));
        }
        return units;
    }
}
