package vn.mailcompliance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamingQueriesTest {

    @Test
    void mysqlAndMariaDbStreamRowByRowOtherDatabasesFetchInBatches() {
        assertThat(StreamingQueries.fetchSize("MySQL")).isEqualTo(Integer.MIN_VALUE);
        assertThat(StreamingQueries.fetchSize("MariaDB")).isEqualTo(Integer.MIN_VALUE);
        assertThat(StreamingQueries.fetchSize("H2")).isEqualTo(StreamingQueries.FETCH_SIZE);
    }
}
