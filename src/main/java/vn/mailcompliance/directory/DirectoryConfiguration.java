package vn.mailcompliance.directory;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.mailcompliance.settings.ComplianceProperties;

/**
 * The directory source of {@code compliance.directory.kind}: the mail server's database ({@code compliance.directory.url},
 * or the product's own when empty) for the SQL kinds, its LDAP directory ({@code ldap://} or {@code ldaps://} URL and
 * {@code compliance.directory.base-dn}) for {@code zimbra}, {@code active-directory} and {@code ldap}; with the HR
 * roster laid over it when one is configured.
 */
@Configuration
class DirectoryConfiguration {

    @Bean
    DirectorySource directorySource(DirectoryProperties directory, ComplianceProperties settings,
                                    DataSource productDataSource) {
        AddressPatterns unitMailboxes = new AddressPatterns(directory.unitMailboxes());
        DirectorySource source = directory.kind().isLdap()
                ? ldapSource(directory, unitMailboxes, settings)
                : sqlSource(directory, unitMailboxes, settings, productDataSource);
        return !directory.hasRoster() ? source : new RosterOverlay(source, directory.roster());
    }

    private static DirectorySource ldapSource(DirectoryProperties directory, AddressPatterns unitMailboxes,
                                              ComplianceProperties settings) {
        LdapDirectory ldap = new LdapDirectory(directory);
        return switch (directory.kind()) {
            case ZIMBRA -> new ZimbraSource(ldap, unitMailboxes, settings.zone());
            case ACTIVE_DIRECTORY -> new ActiveDirectorySource(ldap, unitMailboxes, settings.zone());
            default -> new GenericLdapSource(ldap, directory.ldap(), unitMailboxes, settings.zone());
        };
    }

    private static DirectorySource sqlSource(DirectoryProperties directory, AddressPatterns unitMailboxes,
                                             ComplianceProperties settings, DataSource productDataSource) {
        DataSource dataSource = directory.hasOwnDatabase() ? directoryDataSource(directory) : productDataSource;
        DirectoryDatabase database = new DirectoryDatabase(dataSource, directory.kind().label(), directory.url());
        return switch (directory.kind()) {
            case IREDMAIL -> new IRedMailSource(database, unitMailboxes, settings.zone());
            case POSTFIXADMIN -> new PostfixAdminSource(database, unitMailboxes, settings.zone());
            default -> new SqlQuerySource(database, directory.query());
        };
    }

    /** One connection per read: the directory is read once per run, a pool would only hold connections open. */
    private static DataSource directoryDataSource(DirectoryProperties directory) {
        return new DriverManagerDataSource(directory.url(), directory.username() == null ? "" : directory.username(),
                directory.password() == null ? "" : directory.password());
    }
}
