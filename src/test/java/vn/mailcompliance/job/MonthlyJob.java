package vn.mailcompliance.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

/** The application's monthly job as an IT launches it, and where it writes a period's workbook. */
record MonthlyJob(JobOperator operator, Job job, Path reports) {

    /** Starts the job for a period (YYYY-MM), or restarts it where that period's last run failed. */
    JobExecution start(String period) throws Exception {
        return operator.start(job, new JobParametersBuilder().addString("period", period).toJobParameters());
    }

    Path workbook(String period) {
        return reports.resolve(period).resolve("mailbox-compliance-" + period + ".xlsx");
    }
}
