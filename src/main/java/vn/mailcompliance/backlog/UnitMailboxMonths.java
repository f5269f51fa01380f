package vn.mailcompliance.backlog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.MailboxKind;

/** The month of every unit mailbox, from the daily states recorded for it. */
@Service
public class UnitMailboxMonths {

    private final SnapshotRepository snapshots;
    private final WorkingCalendar calendar;

    UnitMailboxMonths(SnapshotRepository snapshots, WorkingCalendar calendar) {
        this.snapshots = snapshots;
        this.calendar = calendar;
    }

    /** The month of every active unit mailbox of the directory, by address in lower case. */
    public Map<String, UnitMailboxMonth> ofUnitMailboxes(YearMonth period, LocalDate asOf, DirectorySnapshot directory) {
        List<String> addresses = directory.accounts().stream()
                .filter(account -> account.kind() == MailboxKind.UNIT && account.active())
                .map(account -> account.address().toLowerCase())
                .toList();
        return of(period, asOf, addresses);
    }

    /**
     * @param asOf      the day of the evaluation: working days after it are not counted
     * @param addresses every unit mailbox, so that one never checked still gets its (all not-checked) month
     * @return the month of each address, in the order given
     */
    public Map<String, UnitMailboxMonth> of(YearMonth period, LocalDate asOf, Collection<String> addresses) {
        LocalDate last = asOf.isBefore(period.atEndOfMonth()) ? asOf : period.atEndOfMonth();
        List<LocalDate> workingDays = calendar.workingDays(period.atDay(1), last);
        Map<String, List<UnitMailboxSnapshot>> byAddress = snapshots.between(period.atDay(1), last).stream()
                .collect(Collectors.groupingBy(s -> s.address().toLowerCase()));
        Map<String, UnitMailboxMonth> months = new LinkedHashMap<>();
        for (String address : addresses) {
            months.put(address, UnitMailboxMonth.of(address, workingDays,
                    byAddress.getOrDefault(address.toLowerCase(), List.of())));
        }
        return months;
    }
}
