package vn.mailcompliance.directory;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.mailcompliance.ComplianceProperties;

/**
 * The directory source of {@code compliance.directory.kind}, on the mail server's database
 * ({@code compliance.directory.url}, or the product's own when empty), with the HR roster laid over it when one is
 * configured.
 */
@Configuration
class DirectoryConfiguration {

    @Bean
    DirectorySource directorySource(DirectoryProperties directory, ComplianceProperties settings,
                                    DataSource productDataSource) {
        DataSource dataSource = directory.hasOwnDatabase() ? directoryDataSource(directory) : productDataSource;
        DirectoryDatabase database = new DirectoryDatabase(dataSource, directory.kind().label(), directory.url());
        AddressPatterns unitMailboxes = new AddressPatterns(directory.unitMailboxes());
        DirectorySource source = switch (directory.kind()) {
            case IREDMAIL -> new IRedMailSource(database, unitMailboxes, settings.zone());
            case POSTFIXADMIN -> new PostfixAdminSource(database, unitMailboxes, settings.zone());
            case SQL -> new SqlQuerySource(database, directory.query());
        };
        return !directory.hasRoster() ? source : new RosterOverlay(source, directory.roster());
    }

    /** One connection per read: the directory is read once per run, a pool would only hold connections open. */
    private static DataSource directoryDataSource(DirectoryProperties directory) {
        return new DriverManagerDataSource(directory.url(), directory.username() == null ? "" : directory.username(),
                directory.password() == null ? "" : directory.password());
    }
}
