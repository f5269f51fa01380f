package vn.mailcompliance.job;

/** The names of the jobs, as the job repository records them. */
public final class Jobs {

    public static final String MONTHLY = MonthlyJobConfiguration.JOB_NAME;
    public static final String MONTHLY_REPORT_PATH = MonthlyJobConfiguration.REPORT_PATH_KEY;
    public static final String DAILY = DailyJobConfiguration.JOB_NAME;

    private Jobs() {
    }
}
