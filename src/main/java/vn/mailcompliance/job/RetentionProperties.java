package vn.mailcompliance.job;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept ({@code compliance.retention}), as the personal-data law asks: the monthly job's
 * purge step deletes what is older, counted back from the end of the period it reports.
 *
 * @param evidence how long personal-use evidence (subjects, senders) is kept, by arrival time
 * @param findings how long findings, their history, unit-mailbox snapshots and the export trail are kept
 */
@ConfigurationProperties("compliance.retention")
record RetentionProperties(
        @DefaultValue("P24M") Period evidence,
        @DefaultValue("P60M") Period findings) {

    RetentionProperties {
        for (Period period : new Period[] {evidence, findings}) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("compliance.retention." + (period == evidence ? "evidence"
                        : "findings") + " must be a positive period such as P24M, was " + period);
            }
        }
    }
}
