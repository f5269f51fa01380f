package vn.mailcompliance.job;

import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.personaluse.EvidenceRepository;
import vn.mailcompliance.report.ExportTrail;
import vn.mailcompliance.sentmail.SentMailRepository;

/**
 * Deletes personal data older than {@code compliance.retention}, counted back from the last day of the period being
 * reported, and never anything of that period itself, whatever the settings: evidence that arrived and sent mail
 * that was sent before the evidence limit (and, in older findings, the sample subjects taken from that evidence),
 * findings and sent-mail figures of periods before the findings limit, unit-mailbox snapshots and exports recorded
 * before it.
 */
@Component
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final RetentionProperties retention;
    private final EvidenceRepository evidence;
    private final FindingRepository findings;
    private final SnapshotRepository snapshots;
    private final ExportTrail exports;
    private final SentMailRepository sentMail;

    RetentionPurge(RetentionProperties retention, EvidenceRepository evidence, FindingRepository findings,
                   SnapshotRepository snapshots, ExportTrail exports, SentMailRepository sentMail) {
        this.retention = retention;
        this.evidence = evidence;
        this.findings = findings;
        this.snapshots = snapshots;
        this.exports = exports;
        this.sentMail = sentMail;
    }

    /** What one purge deleted, and the limits it applied. */
    record Purged(LocalDate evidenceBefore, int evidence, int sampleSubjects, int sentMessages,
                  YearMonth findingsBefore, int findings, int sentFigures, int snapshots, int exports) {

        int total() {
            return evidence + sampleSubjects + sentMessages + findings + sentFigures + snapshots + exports;
        }
    }

    Purged purge(YearMonth reported) {
        LocalDate start = reported.atDay(1);
        LocalDate evidenceBefore = earliest(reported.atEndOfMonth().plusDays(1).minus(retention.evidence()), start);
        LocalDate findingsBefore = earliest(reported.atEndOfMonth().plusDays(1).minus(retention.findings()), start)
                .withDayOfMonth(1);
        YearMonth findingsPeriod = YearMonth.from(findingsBefore);
        int purgedFindings = findings.purgePeriodsBefore(findingsPeriod.toString());
        int purgedEvidence = evidence.purgeReceivedBefore(evidenceBefore.atStartOfDay());
        int purgedSamples = findings.forgetSampleSubjectsBefore(YearMonth.from(evidenceBefore).toString());
        Purged purged = new Purged(evidenceBefore, purgedEvidence, purgedSamples,
                sentMail.purgeSentBefore(evidenceBefore.atStartOfDay()), findingsPeriod, purgedFindings,
                sentMail.purgePeriodsBefore(findingsPeriod), snapshots.purgeBefore(findingsBefore),
                exports.purgeBefore(findingsBefore.atStartOfDay()));
        log.info("Retention purge for {}: {} evidence messages received and {} sent messages sent before {}"
                        + " (compliance.retention.evidence {}), sample subjects dropped from {} findings of periods"
                        + " before {}; {} findings and {} sent-mail figures of periods before {}, {} unit-mailbox"
                        + " snapshots and {} exports before {} (compliance.retention.findings {})",
                reported, purged.evidence(), purged.sentMessages(), evidenceBefore, retention.evidence(),
                purged.sampleSubjects(), YearMonth.from(evidenceBefore), purged.findings(), purged.sentFigures(),
                findingsPeriod, purged.snapshots(), purged.exports(), findingsBefore, retention.findings());
        return purged;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
