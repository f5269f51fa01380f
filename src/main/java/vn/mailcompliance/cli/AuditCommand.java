package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;

import vn.mailcompliance.job.Jobs;
import vn.mailcompliance.directory.DirectoryRepository;

/** {@code audit --from --to [--unit CODE ...]}: a new export each time it runs. */
@Component
class AuditCommand {

    private final JobLaunch launch;
    private final DirectoryRepository directory;

    AuditCommand(JobLaunch launch, DirectoryRepository directory) {
        this.launch = launch;
        this.directory = directory;
    }

    int run(LocalDate from, LocalDate to, List<String> units, Instant now, PrintStream out, PrintStream err)
            throws JobInstanceAlreadyCompleteException {
        List<String> unitCodes = known(units.stream()
                .flatMap(unit -> Arrays.stream(unit.split(",")))
                .map(String::trim)
                .filter(unit -> !unit.isEmpty())
                .toList());
        JobExecution execution = launch.run(Jobs.AUDIT, Jobs.auditParameters(from, to, unitCodes, now));
        if (!JobLaunch.completed(execution)) {
            return JobLaunch.reportFailure(execution, err);
        }
        out.println("Report: " + Path.of(execution.getExecutionContext().getString(Jobs.AUDIT_REPORT_PATH))
                .toAbsolutePath());
        return CommandLine.DONE;
    }

    /** The units asked for as the directory spells them, whatever their case; an unknown one is a usage error. */
    private List<String> known(List<String> asked) {
        if (asked.isEmpty()) {
            return asked;
        }
        Map<String, String> codes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        directory.snapshot().units().forEach(unit -> codes.put(unit.code(), unit.code()));
        List<String> unknown = asked.stream().filter(unit -> !codes.containsKey(unit)).toList();
        if (!unknown.isEmpty()) {
            throw new UsageException("Unknown unit " + String.join(", ", unknown) + " for --unit: the units are "
                    + String.join(", ", codes.values()) + ".");
        }
        return asked.stream().map(codes::get).distinct().toList();
    }
}
