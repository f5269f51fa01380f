package vn.mailcompliance.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the monthly job reads mailboxes at all.
 *
 * @param enabled {@code false}: directory-only run: sync, checks and the workbook with no IMAP server (every mailbox
 *                is listed as not scanned; no personal-use evidence is gathered), e.g. to measure a large directory
 */
@ConfigurationProperties("compliance.scan")
record ScanProperties(@DefaultValue("true") boolean enabled) {

    static final String ENABLED = "compliance.scan.enabled";
}
