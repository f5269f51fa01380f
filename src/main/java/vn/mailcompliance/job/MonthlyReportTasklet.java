package vn.mailcompliance.job;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.mailcompliance.report.ExportTrail;
import vn.mailcompliance.report.MonthlyReport;
import vn.mailcompliance.report.MonthlyWorkbookWriter;
import vn.mailcompliance.report.MonthlyWorkbooks;

/**
 * Writes the leadership workbook of the evaluation and each unit's, records them in the export trail and keeps its path in the job
 * execution for the command line to print.
 */
@Component
class MonthlyReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportTasklet.class);

    private final Evaluation evaluation;
    private final MonthlyReportAssembler assembler;
    private final MonthlyWorkbookWriter writer;
    private final ExportTrail trail;

    MonthlyReportTasklet(Evaluation evaluation, MonthlyReportAssembler assembler, MonthlyWorkbookWriter writer,
                         ExportTrail trail) {
        this.evaluation = evaluation;
        this.assembler = assembler;
        this.writer = writer;
        this.trail = trail;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution execution = contribution.getStepExecution().getJobExecution();
        MonthlyReport report = assembler.assemble(execution, evaluation);
        MonthlyWorkbooks workbooks = writer.write(report);
        LocalDate from = report.period().atDay(1);
        LocalDate to = report.period().atEndOfMonth();
        trail.record("monthly", from, to, List.of(), workbooks.organisation());
        workbooks.units().forEach((unit, file) -> trail.record("unit", from, to, List.of(unit), file));
        execution.getExecutionContext().putString(MonthlyJobConfiguration.REPORT_PATH_KEY,
                workbooks.organisation().toString());
        log.info("Monthly workbook written: {} (and {} unit workbooks)", workbooks.organisation(),
                workbooks.units().size());
        return RepeatStatus.FINISHED;
    }
}
