package vn.mailcompliance.testsupport;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh, empty database per test class on the local MariaDB (127.0.0.1:3306, root, empty password), reached
 * through MySQL Connector/J like the application does, and dropped after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MariaDbDatabase db = new MariaDbDatabase();
 *
 * @DynamicPropertySource
 * static void datasource(DynamicPropertyRegistry r) {
 *     MariaDbDatabase.registerSpringProperties(db, r);   // or db.registerSpringProperties(r)
 * }
 * }</pre>
 *
 * The database uses {@code utf8mb4} / {@code utf8mb4_unicode_ci} and the server's default SQL mode (which on
 * MariaDB 10.11 allows the zero dates real iRedMail data holds). The name is fixed at construction, so
 * {@link #jdbcUrl()} may be read before the class starts (Spring evaluates property suppliers lazily anyway).
 */
public final class MariaDbDatabase implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 3306;
    public static final String DRIVER = "com.mysql.cj.jdbc.Driver";

    private static final String USER = "root";
    private static final String PASSWORD = "";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final String host;
    private final int port;
    private boolean created;

    /** Names the database after the class that constructs it (the test class, for a static field). */
    public MariaDbDatabase() {
        this(callerLabel());
    }

    /** @param label a readable part of the database name, e.g. the test class (sanitised, shortened) */
    public MariaDbDatabase(String label) {
        this(label, HOST, PORT);
    }

    /** For the harness's own test of an unreachable server. */
    MariaDbDatabase(String label, String host, int port) {
        this.host = host;
        this.port = port;
        String clean = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (clean.length() > 30) {
            clean = clean.substring(0, 30);
        }
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        this.name = "mc_" + clean + "_" + HexFormat.of().formatHex(suffix);
    }

    // ---------------------------------------------------------------- JUnit lifecycle

    @Override
    public void beforeAll(ExtensionContext context) {
        create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Creates the database (idempotent); the JUnit callback does this for you. */
    public synchronized void create() {
        if (created) {
            return;
        }
        try {
            Class.forName(DRIVER);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("MySQL Connector/J (" + DRIVER + ") is not on the test classpath", e);
        }
        try (Connection c = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            if (isConnectionFailure(e)) {
                throw new IllegalStateException("MariaDB is not reachable on " + host + ":" + port
                        + " as root with an empty password: run scripts/setup-test-env (" + e.getMessage() + ")", e);
            }
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        created = true;
    }

    /** Drops the database. */
    @Override
    public synchronized void close() {
        if (!created) {
            return;
        }
        try (Connection c = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            created = false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- facts

    public String name() {
        return name;
    }

    /** {@code jdbc:mysql://127.0.0.1:3306/<name>?useSSL=false&allowPublicKeyRetrieval=true}; add your own parameters. */
    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + name + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public boolean exists() {
        return created;
    }

    /** A plain, unpooled DataSource on {@link #jdbcUrl()} (every getConnection opens a new connection). */
    public DataSource dataSource() {
        DriverManagerDataSource ds = new DriverManagerDataSource(jdbcUrl(), USER, PASSWORD);
        ds.setDriverClassName(DRIVER);
        return ds;
    }

    /** Runs each statement in turn on one connection (auto-commit); stops at the first failure. */
    public void execute(String... sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            for (String statement : sql) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new IllegalStateException("SQL failed on " + name + ": " + e.getMessage()
                            + "\n  " + statement, e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- Spring

    /** Sets spring.datasource.url/username/password (and the driver) to this database. */
    public void registerSpringProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::jdbcUrl);
        registry.add("spring.datasource.username", this::username);
        registry.add("spring.datasource.password", this::password);
        registry.add("spring.datasource.driver-class-name", () -> DRIVER);
    }

    /** For a static {@code @DynamicPropertySource} method: {@code MariaDbDatabase.registerSpringProperties(db, r)}. */
    public static void registerSpringProperties(MariaDbDatabase database, DynamicPropertyRegistry registry) {
        database.registerSpringProperties(registry);
    }

    // ---------------------------------------------------------------- internals

    private static String callerLabel() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(c -> c != MariaDbDatabase.class)
                        .findFirst())
                .map(Class::getSimpleName)
                .filter(n -> !n.isBlank())
                .orElse("test");
    }

    private String serverUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=5000";
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return (state != null && (state.startsWith("08") || state.equals("28000")))
                || e.getErrorCode() == 1045; // access denied
    }

    @Override
    public String toString() {
        return "MariaDbDatabase[" + jdbcUrl() + "]";
    }
}
