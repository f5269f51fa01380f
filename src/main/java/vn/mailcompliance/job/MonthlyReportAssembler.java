package vn.mailcompliance.job;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.UnitMailboxMonths;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.notify.ReminderRepository;
import vn.mailcompliance.report.MonthlyReport;
import vn.mailcompliance.report.MonthlyReport.CoverageRow;
import vn.mailcompliance.report.MonthlyReport.RunMetadata;
import vn.mailcompliance.report.MonthlyReport.UnitMailboxRow;
import vn.mailcompliance.sentmail.SentMailRepository;
import vn.mailcompliance.settings.ComplianceProperties;

/** Gathers what the monthly workbook shows from the stores of each feature. */
@Component
class MonthlyReportAssembler {

    private final ComplianceProperties settings;
    private final DirectoryRepository directory;
    private final FindingRepository findings;
    private final MethodDescription method;
    private final CoverageRepository coverage;
    private final UnitMailboxMonths unitMailboxMonths;
    private final Policy policy;
    private final ReminderRepository reminders;
    private final SentMailRepository sentMail;

    MonthlyReportAssembler(ComplianceProperties settings, DirectoryRepository directory, FindingRepository findings,
                           MethodDescription method, CoverageRepository coverage,
                           UnitMailboxMonths unitMailboxMonths, Policy policy,
                           ReminderRepository reminders,
                           SentMailRepository sentMail) {
        this.sentMail = sentMail;
        this.settings = settings;
        this.directory = directory;
        this.findings = findings;
        this.method = method;
        this.coverage = coverage;
        this.unitMailboxMonths = unitMailboxMonths;
        this.policy = policy;
        this.reminders = reminders;
    }

    /** The report of a job execution, on the directory as stored now (outside the run, e.g. to inspect it). */
    MonthlyReport assemble(JobExecution execution) {
        return assemble(execution, new Evaluation(execution.getJobParameters().getString("period"), settings,
                directory));
    }

    /** The report of a job execution, as of its evaluation. */
    MonthlyReport assemble(JobExecution execution, Evaluation evaluation) {
        YearMonth period = evaluation.period();
        LocalDateTime evaluatedAt = evaluation.localTime();
        DirectorySnapshot snapshot = evaluation.directory();
        Map<String, String> parameters = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        // Spring Batch records the start in the server's own zone; every time of the report is in compliance.zone.
        LocalDateTime startedAt = execution.getStartTime() == null ? null : execution.getStartTime()
                .atZone(ZoneId.systemDefault()).withZoneSameInstant(settings.zone()).toLocalDateTime();
        RunMetadata run = new RunMetadata(execution.getId(), execution.getJobInstance().getJobName(), parameters,
                startedAt, reminders.countSent(period.atDay(1).atStartOfDay(),
                period.plusMonths(1).atDay(1).atStartOfDay()));
        return new MonthlyReport(settings.organization().name(), period, evaluatedAt, run, snapshot.units(),
                snapshot.accounts(), findings.findByPeriod(period.toString()),
                coverage(snapshot, execution.getJobInstance().getInstanceId()),
                directory.rejections(execution.getId()), unitMailboxRows(period, evaluatedAt, snapshot),
                passwordExempt(snapshot), methodOf(period), sentMail(period));
    }

    /** Each unit's sent mail of the period, as the summarize step stored it. */
    private Map<String, MonthlyReport.SentShare> sentMail(YearMonth period) {
        Map<String, MonthlyReport.SentShare> units = new LinkedHashMap<>();
        sentMail.unitFigures(period).forEach((unit, figures) -> units.put(unit,
                new MonthlyReport.SentShare(figures.sent(), figures.smimeSigned(), figures.smimeEncrypted())));
        return units;
    }

    /** The settings in force, then the mail server's own password policy beside them where the directory has one. */
    private Map<String, String> methodOf(YearMonth period) {
        Map<String, String> described = new LinkedHashMap<>(method.describe(period));
        Map<String, String> sourcePolicy = directory.sourcePolicy();
        if (!sourcePolicy.isEmpty()) {
            described.put("directory.source-password-max-age", sourcePolicy.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        }
        return described;
    }

    /**
     * The active service accounts whose passwords are not checked, and those whose password the directory itself
     * exempts from expiry (Active Directory's "password never expires"), so the report lists them as exempt.
     */
    private List<String> passwordExempt(DirectorySnapshot snapshot) {
        return snapshot.accounts().stream()
                .filter(Account::active)
                .filter(a -> a.passwordExempt() || policy.password().isExempt(a.address()))
                .map(Account::address)
                .toList();
    }

    /** Every active unit mailbox, compliant ones included, so a unit leader finds their row. */
    private List<UnitMailboxRow> unitMailboxRows(YearMonth period, LocalDateTime evaluatedAt,
                                                 DirectorySnapshot snapshot) {
        return unitMailboxMonths.ofUnitMailboxes(period, evaluatedAt.toLocalDate(), snapshot).values().stream()
                .map(m -> new UnitMailboxRow(m.address(), m.workingDays(), m.daysChecked(), m.daysInBreach(),
                        m.maxUnread(), m.oldestUnreadAgeDays(), m.unreadAtEnd(), m.overdueAtEnd()))
                .toList();
    }

    /** Every mailbox of the directory: scanned or failed as the scan recorded it, or skipped with the reason. */
    private List<CoverageRow> coverage(DirectorySnapshot snapshot, long jobInstanceId) {
        Map<String, ScanOutcome> outcomes = new HashMap<>();
        coverage.forJobInstance(jobInstanceId).forEach(o -> outcomes.put(o.address(), o));
        List<CoverageRow> rows = new ArrayList<>();
        for (Account account : snapshot.accounts()) {
            ScanOutcome outcome = outcomes.get(account.address());
            if (!account.scanScope().scanned()) {
                rows.add(skipped(account, account.scanScope().skipReason()));
            } else if (outcome == null) {
                rows.add(skipped(account, "not scanned in this run"));
            } else {
                rows.add(new CoverageRow(account.address(), outcome.status().name(), outcome.reason(),
                        outcome.folders(), outcome.messages(), outcome.malformed()));
            }
        }
        return rows;
    }

    private static CoverageRow skipped(Account account, String reason) {
        return new CoverageRow(account.address(), ScanOutcome.Status.SKIPPED.name(), reason, 0, 0, 0);
    }
}
