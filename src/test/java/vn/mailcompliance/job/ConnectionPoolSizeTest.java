package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The product database's pool holds what the configured scan threads use at once, so none waits for a connection. */
class ConnectionPoolSizeTest {

    private static HikariDataSource sized(MockEnvironment environment) {
        HikariDataSource pool = new HikariDataSource();
        new ConnectionPoolSize(environment).postProcessBeforeInitialization(pool, "dataSource");
        return pool;
    }

    @Test
    void thirtyTwoThreadsGetThreeConnectionsEachAndSomeForTheJob() {
        assertThat(sized(new MockEnvironment().withProperty("compliance.imap.threads", "32")).getMaximumPoolSize())
                .isEqualTo(100).isGreaterThan(new HikariDataSource().getMaximumPoolSize());
    }

    @Test
    void theDefaultFourThreadsAlreadyNeedMoreThanHikarisDefaultOfTen() {
        assertThat(sized(new MockEnvironment()).getMaximumPoolSize()).isEqualTo(16);
    }

    @Test
    void anOperatorsOwnPoolSizeIsKept() {
        HikariDataSource pool = sized(new MockEnvironment().withProperty("compliance.imap.threads", "32")
                .withProperty("spring.datasource.hikari.maximum-pool-size", "100"));
        assertThat(pool.getMaximumPoolSize()).isEqualTo(new HikariDataSource().getMaximumPoolSize());
    }
}
