package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.DirectoryRead.Rejection;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.job.Jobs;

/** {@code sync}: the directory synchronisation alone, with every rejected row listed. */
@Component
class SyncCommand {

    private final JobLaunch launch;
    private final DirectoryRepository directory;

    SyncCommand(JobLaunch launch, DirectoryRepository directory) {
        this.launch = launch;
        this.directory = directory;
    }

    int run(PrintStream out, PrintStream err) throws JobInstanceAlreadyCompleteException {
        JobExecution execution = launch.run(Jobs.DIRECTORY_SYNC,
                new JobParametersBuilder().addString("run.at", Instant.now().toString()).toJobParameters());
        if (!JobLaunch.completed(execution)) {
            return JobLaunch.reportFailure(execution, err);
        }
        DirectorySnapshot snapshot = directory.snapshot();
        List<Rejection> rejections = directory.rejections(execution.getId());
        out.printf("Directory synchronised: %d units, %d accounts, %d rows rejected%n", snapshot.units().size(),
                snapshot.accounts().size(), rejections.size());
        rejections.forEach(r -> out.printf("  rejected %s row %d (%s): %s%n", r.source(), r.rowNumber(),
                r.rowKey() == null ? "-" : r.rowKey(), r.reason()));
        return CommandLine.DONE;
    }
}
