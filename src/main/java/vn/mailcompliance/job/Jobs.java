package vn.mailcompliance.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.batch.core.job.parameters.JobParameters;

import vn.mailcompliance.notify.NotifyJobConfiguration;

/** The names of the jobs, as the job repository records them, and how to start them. */
public final class Jobs {

    public static final String MONTHLY = MonthlyJobConfiguration.JOB_NAME;
    public static final String DIRECTORY_SYNC = DirectorySyncJobConfiguration.JOB_NAME;
    public static final String MONTHLY_REPORT_PATH = MonthlyJobConfiguration.REPORT_PATH_KEY;
    public static final String DAILY = DailyJobConfiguration.JOB_NAME;
    public static final String AUDIT = AuditJobConfiguration.JOB_NAME;
    public static final String AUDIT_REPORT_PATH = AuditJobConfiguration.REPORT_PATH_KEY;
    public static final String NOTIFY = NotifyJobConfiguration.JOB_NAME;

    private Jobs() {
    }

    /** The parameters of an audit export of the range, of the units given (all when empty), run at the instant. */
    public static JobParameters auditParameters(LocalDate from, LocalDate to, Collection<String> units,
                                                Instant runAt) {
        return AuditJobConfiguration.parameters(from, to, units, runAt);
    }
}
