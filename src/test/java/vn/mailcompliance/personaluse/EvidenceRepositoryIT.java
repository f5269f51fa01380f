package vn.mailcompliance.personaluse;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;

import vn.mailcompliance.testsupport.MariaDbDatabase;

/** On MariaDB through Connector/J. */
class EvidenceRepositoryIT extends EvidenceRepositoryContract {

    @RegisterExtension
    static MariaDbDatabase mariaDb = new MariaDbDatabase();

    @Override
    DataSource dataSource() {
        return mariaDb.dataSource();
    }
}
