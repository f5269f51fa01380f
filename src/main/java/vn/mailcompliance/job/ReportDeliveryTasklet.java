package vn.mailcompliance.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.mailcompliance.delivery.ReportMailer;
import vn.mailcompliance.report.MonthlyLetters;
import vn.mailcompliance.settings.ComplianceProperties;

/** Mails the period's workbook to leadership and each unit's to its leader, where delivery is configured. */
@Component
class ReportDeliveryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportDeliveryTasklet.class);

    private final Evaluation evaluation;
    private final ReportMailer mailer;
    private final MonthlyLetters letters;
    private final ComplianceProperties settings;

    ReportDeliveryTasklet(Evaluation evaluation, ReportMailer mailer, MonthlyLetters letters,
                          ComplianceProperties settings) {
        this.evaluation = evaluation;
        this.mailer = mailer;
        this.letters = letters;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        String organization = settings.organization().name();
        mailer.deliver(letters.leadership(organization, evaluation.period()),
                        letters.units(organization, evaluation.period(), evaluation.directory().units()))
                .ifPresent(reason -> log.info("Monthly workbook not mailed: {}", reason));
        return RepeatStatus.FINISHED;
    }
}
