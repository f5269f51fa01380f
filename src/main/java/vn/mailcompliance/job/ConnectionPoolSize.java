package vn.mailcompliance.job;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sizes the product database's connection pool from {@code compliance.imap.threads}, unless the operator set
 * {@value #KEY}. Each scan thread (a local partition, a worker's consumer, a daily reader) holds a cursor and a
 * chunk transaction at once; the job itself, its repository and the progress display need a few more. Hikari's
 * default of ten would make a run with eight threads wait for connections until it times out.
 */
@Component
public class ConnectionPoolSize implements BeanPostProcessor {

    public static final String KEY = "spring.datasource.hikari.maximum-pool-size";
    public static final String THREADS = "compliance.imap.threads";
    private static final int PER_THREAD = 3;
    private static final int FOR_THE_JOB = 4;

    private final Environment environment;

    ConnectionPoolSize(Environment environment) {
        this.environment = environment;
    }

    /** The connections a run with {@code threads} parallel scans needs at most. */
    public static int needed(int threads) {
        return PER_THREAD * threads + FOR_THE_JOB;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !environment.containsProperty(KEY)) {
            pool.setMaximumPoolSize(needed(environment.getProperty(THREADS, Integer.class, 4)));
        }
        return bean;
    }
}
