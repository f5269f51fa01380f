package vn.mailcompliance.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.BacklogProperties;
import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.backlog.UnitMailboxSnapshot;
import vn.mailcompliance.check.AccountCheck;
import vn.mailcompliance.check.AccountSnapshot;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.settings.ComplianceProperties;

/**
 * The reminders due now: a password expiring within {@code warn-before} or never changed after the grace (the same
 * password checks as the monthly report, as of now), and overdue unread mail in a unit mailbox at the last daily check.
 */
@Component
class ReminderPlanner {

    private static final Set<FindingCode> PASSWORD_CODES =
            Set.of(FindingCode.PASSWORD_EXPIRING, FindingCode.PASSWORD_NEVER_CHANGED);

    private final DirectoryRepository directory;
    private final List<AccountCheck> checks;
    private final Policy policy;
    private final SnapshotRepository snapshots;
    private final BacklogProperties backlog;
    private final ComplianceProperties compliance;
    private final NotifyProperties settings;
    private final UnitLeaders leaders;

    ReminderPlanner(DirectoryRepository directory, List<AccountCheck> checks, Policy policy,
                    SnapshotRepository snapshots, BacklogProperties backlog, ComplianceProperties compliance,
                    NotifyProperties settings, UnitLeaders leaders) {
        this.directory = directory;
        this.checks = checks;
        this.policy = policy;
        this.snapshots = snapshots;
        this.backlog = backlog;
        this.compliance = compliance;
        this.settings = settings;
        this.leaders = leaders;
    }

    /** The reminders due at the clock's instant, and the unit mailboxes in breach whose leader has no address. */
    Plan plan(Clock clock) {
        DirectorySnapshot snapshot = directory.snapshot();
        List<Reminder> reminders = new ArrayList<>();
        AccountSnapshot known = new AccountSnapshot(snapshot);
        for (Account account : snapshot.accounts()) {
            for (AccountCheck check : checks) {
                for (Finding finding : check.check(account, known, policy, clock)) {
                    if (PASSWORD_CODES.contains(finding.code())) {
                        reminders.add(password(account, finding));
                    }
                }
            }
        }
        List<String> withoutLeader = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(compliance.zone()));
        snapshots.lastCheckedDay(today).ifPresent(day -> {
            Map<String, Unit> units = snapshot.unitsByCode();
            for (UnitMailboxSnapshot state : snapshots.onDay(day)) {
                if (!state.inBreach()) {
                    continue;
                }
                Account mailbox = snapshot.account(state.address()).orElse(null);
                String unitCode = mailbox == null ? null : mailbox.unitCode();
                Unit unit = unitCode == null ? null : units.get(unitCode);
                leaders.of(unitCode, unit).ifPresentOrElse(
                        leader -> reminders.add(backlog(leader, unitCode, unit, state)),
                        () -> withoutLeader.add(state.address() + " (unit " + unitCode + ")"));
            }
        });
        return new Plan(reminders, withoutLeader);
    }

    private Reminder password(Account account, Finding finding) {
        Map<String, Object> model = common();
        model.put("name", account.displayName() == null || account.displayName().isBlank()
                ? account.address() : account.displayName());
        model.put("address", account.address());
        model.putAll(Map.of("lastChange", "", "expiresOn", "", "daysLeft", "", "createdOn", "", "ageDays", ""));
        if (finding.details() instanceof Details.PasswordExpiring expiring) {
            model.put("lastChange", date(expiring.lastChange()));
            model.put("expiresOn", date(expiring.expiresOn()));
            model.put("daysLeft", text(expiring.daysLeft()));
            model.put("ageDays", text(expiring.ageDays()));
        } else if (finding.details() instanceof Details.PasswordNeverChanged never) {
            model.put("createdOn", date(never.createdOn()));
            model.put("ageDays", text(never.ageDays()));
        }
        model.put("maxAgeDays", String.valueOf(policy.password().maxAge().getDays()));
        model.put("graceDays", String.valueOf(policy.password().newAccountGrace().getDays()));
        ReminderKind kind = finding.code() == FindingCode.PASSWORD_EXPIRING
                ? ReminderKind.PASSWORD_EXPIRING : ReminderKind.PASSWORD_NEVER_CHANGED;
        return new Reminder(kind, account.address(), account.address(), account.unitCode(), model);
    }

    private Reminder backlog(String leader, String unitCode, Unit unit, UnitMailboxSnapshot state) {
        Map<String, Object> model = common();
        model.put("unitCode", unitCode);
        model.put("unitName", unit == null ? unitCode : unit.name());
        model.put("mailbox", state.address());
        model.put("checkDate", date(state.checkDate()));
        model.put("unreadCount", String.valueOf(state.unreadCount()));
        model.put("overdueCount", String.valueOf(state.overdueCount()));
        LocalDateTime oldest = state.oldestUnreadAt();
        model.put("oldestUnread", oldest == null ? "" : date(oldest.toLocalDate())
                + " " + oldest.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
        model.put("oldestDays", oldest == null ? "" : String.valueOf(ChronoUnit.DAYS.between(oldest.toLocalDate(),
                state.checkDate())));
        model.put("slaWorkingDays", String.valueOf(backlog.slaWorkingDays()));
        return new Reminder(ReminderKind.UNIT_BACKLOG, leader, state.address(), unitCode, model);
    }

    private Map<String, Object> common() {
        Map<String, Object> model = new HashMap<>();
        model.put("organization", compliance.organization().name());
        model.put("signature", settings.signature());
        model.put("passwordChangeUrl", settings.passwordChangeUrl());
        return model;
    }

    /** A date as the reminders' readers write it: 31/10/2026 in Vietnamese, 2026-10-31 in English; "" for none. */
    private String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return settings.locale().equals("vi") ? date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                : date.toString();
    }

    private static String text(Long number) {
        return number == null ? "" : number.toString();
    }

    record Plan(List<Reminder> reminders, List<String> unitMailboxesWithoutLeader) {
    }
}
