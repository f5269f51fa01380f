package vn.mailcompliance.directory;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Where the directory comes from ({@code compliance.directory}).
 *
 * @param kind           the mail server's account schema
 * @param url            JDBC URL of the mail server's database; empty = the product's own database
 * @param roster         the HR roster (.xlsx or .csv) laid over the source; none when empty
 * @param query          the operator's SELECT for {@code kind: sql}
 * @param unitMailboxes  without a roster: addresses or glob patterns ({@code vanphong@*}) of unit mailboxes
 */
@ConfigurationProperties("compliance.directory")
@Validated
public record DirectoryProperties(
        @DefaultValue("iredmail") @NotNull Kind kind,
        String url,
        String username,
        String password,
        Path roster,
        @DefaultValue("jobs/directory.sql") Path query,
        @DefaultValue List<String> unitMailboxes) {

    public enum Kind {
        IREDMAIL, POSTFIXADMIN, SQL;

        String label() {
            return name().toLowerCase();
        }
    }

    boolean hasRoster() {
        return roster != null && !roster.toString().isBlank();
    }

    boolean hasOwnDatabase() {
        return url != null && !url.isBlank();
    }

    /** Never the password: settings may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "DirectoryProperties[kind=" + kind + ", url=" + url + ", username=" + username + ", roster=" + roster
                + ", query=" + query + ", unitMailboxes=" + unitMailboxes + "]";
    }
}
