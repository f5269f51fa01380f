package vn.mailcompliance.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.mailcompliance.directory.MailboxKind;

/** Writes the demo ministry's HR roster as a UTF-8 CSV file with the columns of DESIGN §5. */
final class DemoRoster {

    static final String HEADER =
            "unit_code,unit_name,full_name,employee_id,mailbox,mailbox_kind,left_on,leader_email,signs_mail";

    private DemoRoster() {
    }

    static void write(Path file, DemoMinistry ministry) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        Set<String> leadersGiven = new HashSet<>();
        for (DemoMailbox m : ministry.mailboxes()) {
            String leader = leadersGiven.add(m.unitCode()) ? leader(ministry, m.unitCode()) : "";
            lines.add(row(ministry.unit(m.unitCode()), m.name(), m.employeeId(), m.address(),
                    m.kind().name().toLowerCase(Locale.ROOT), m.leftOn() == null ? "" : m.leftOn().toString(),
                    leader));
        }
        for (DemoGroup g : ministry.groups()) {
            lines.add(row(ministry.unit(g.unitCode()), g.name(), "", g.address(), "group", "", ""));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo roster " + file, e);
        }
    }

    /** The unit's leader: its first staff member still working, as in the "Lãnh đạo Bộ" group. */
    private static String leader(DemoMinistry ministry, String unitCode) {
        return ministry.mailboxes().stream()
                .filter(m -> m.unitCode().equals(unitCode) && m.kind() == MailboxKind.PERSONAL && m.leftOn() == null)
                .map(DemoMailbox::address).findFirst().orElse("");
    }

    private static String row(DemoUnit unit, String name, String employeeId, String mailbox, String kind,
            String leftOn, String leaderEmail) {
        return String.join(",", unit.code(), quoted(unit.name()), quoted(name), employeeId, mailbox, kind, leftOn,
                leaderEmail, "");
    }

    private static String quoted(String field) {
        return field.contains(",") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
