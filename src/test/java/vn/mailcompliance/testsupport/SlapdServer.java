package vn.mailcompliance.testsupport;

import static vn.mailcompliance.testsupport.LocalProcesses.HOST;
import static vn.mailcompliance.testsupport.LocalProcesses.freePort;
import static vn.mailcompliance.testsupport.LocalProcesses.randomPassword;
import static vn.mailcompliance.testsupport.LocalProcesses.run;
import static vn.mailcompliance.testsupport.LocalProcesses.sleep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A private OpenLDAP {@code slapd} for tests: its own {@code slapd.conf}, database and pid file in a temp folder, one
 * {@code mdb} database with the given suffix, loaded offline with {@code slapadd} (so operational attributes such as
 * {@code pwdChangedTime} and {@code createTimestamp} can be given), listening on 127.0.0.1 at a free port. A reader DN
 * ({@value #READER_RDN} below the suffix) may only read; anonymous users may only bind. Like Active Directory's
 * MaxPageSize, a search returns at most {@value #SIZE_LIMIT} entries unless it pages (simple paged results), so a
 * source that does not page fails on a large directory. The system slapd service is never touched.
 *
 * <pre>{@code
 * @RegisterExtension
 * static SlapdServer slapd = new SlapdServer("dc=most,dc=gov,dc=vn")
 *         .withSchema("/etc/ldap/schema/msuser.schema")
 *         .withLdif(ministryLdif);
 * }</pre>
 *
 * Needs root and the {@code slapd} package (Debian's {@code slapd} and {@code ldap-utils}): {@code scripts/setup-test-env}
 * installs them without starting the system service. A missing slapd fails the test class; it never skips it.
 */
public final class SlapdServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    public static final String SLAPD = "/usr/sbin/slapd";
    public static final String SLAPADD = "/usr/sbin/slapadd";
    public static final String READER_RDN = "cn=compliance-reader";
    public static final int SIZE_LIMIT = 1000;
    static final String NOT_INSTALLED = "OpenLDAP slapd is not installed: run scripts/setup-test-env";

    private static final String SYSTEM_SCHEMA = "/etc/ldap/schema/";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final String suffix;
    private final List<String> schemas = new ArrayList<>(List.of(SYSTEM_SCHEMA + "core.schema",
            SYSTEM_SCHEMA + "cosine.schema", SYSTEM_SCHEMA + "inetorgperson.schema", SYSTEM_SCHEMA + "nis.schema"));
    private final List<String> modules = new ArrayList<>();
    private final List<String> ldifs = new ArrayList<>();
    private final String readerPassword = randomPassword();
    private boolean tls;

    private Path root;
    private int port;
    private Process process;
    private TrustStore trustStore;

    public SlapdServer(String suffix) {
        this.suffix = suffix;
    }

    /** Adds a schema file: a path, or a classpath resource (e.g. {@code ldap/zimbra.schema}). */
    public SlapdServer withSchema(String schema) {
        schemas.add(schema);
        return this;
    }

    /** Loads a module of {@code /usr/lib/ldap} (e.g. {@code ppolicy}, whose schema then holds {@code pwdChangedTime}). */
    public SlapdServer withModule(String module) {
        modules.add(module);
        return this;
    }

    /** Entries loaded before the server starts; the suffix entry and the reader are added by the harness. */
    public SlapdServer withLdif(String ldif) {
        ldifs.add(ldif);
        return this;
    }

    /** Also serves StartTLS with a fresh self-signed certificate for 127.0.0.1; {@link #trustStore()} trusts it. */
    public SlapdServer withTls() {
        this.tls = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public String suffix() {
        return suffix;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "ldap://" + HOST + ":" + port;
    }

    public String readerDn() {
        return READER_RDN + "," + suffix;
    }

    public String readerPassword() {
        return readerPassword;
    }

    public TrustStore trustStore() {
        if (trustStore == null) {
            throw new IllegalStateException("this SlapdServer was not built withTls() or is not started");
        }
        return trustStore;
    }

    /**
     * Points the application's directory settings at this server as the given kind: URL, base DN and the read-only
     * reader. Call it from the test class's own {@code @DynamicPropertySource} method.
     */
    public void registerSpringProperties(DynamicPropertyRegistry registry, String kind) {
        registry.add("compliance.directory.kind", () -> kind);
        registry.add("compliance.directory.url", this::url);
        registry.add("compliance.directory.base-dn", this::suffix);
        registry.add("compliance.directory.username", this::readerDn);
        registry.add("compliance.directory.password", this::readerPassword);
    }

    public synchronized void start() {
        if (process != null) {
            return;
        }
        if (!Files.isExecutable(Path.of(SLAPD)) || !Files.isExecutable(Path.of(SLAPADD))) {
            throw new IllegalStateException(NOT_INSTALLED);
        }
        try {
            root = Files.createTempDirectory("slapd-test-");
            Files.createDirectories(root.resolve("db"));
            if (tls) {
                trustStore = TrustStore.selfSigned(root.resolve("tls"), "slapd-test");
            }
            port = freePort();
            Path conf = root.resolve("slapd.conf");
            Files.writeString(conf, config());
            Path data = root.resolve("data.ldif");
            Files.writeString(data, baseEntries() + String.join("\n", ldifs), StandardCharsets.UTF_8);
            LocalProcesses.Result load = run(List.of(SLAPADD, "-q", "-f", conf.toString(), "-l", data.toString()),
                    COMMAND_TIMEOUT);
            if (load.exitCode() != 0) {
                throw new IllegalStateException("slapadd could not load the test directory: " + load.stdout()
                        + load.stderr());
            }
            launch(conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare slapd in " + root, e);
        }
    }

    private void launch(Path conf) throws IOException {
        // -d 0 keeps slapd in the foreground as this JVM's child, so it ends with the test whatever happens.
        process = new ProcessBuilder(SLAPD, "-d", "0", "-f", conf.toString(), "-h", url() + "/")
                .redirectErrorStream(true).redirectOutput(root.resolve("slapd.log").toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("slapd exited with " + process.exitValue() + ": "
                        + Files.readString(root.resolve("slapd.log")));
            }
            if (accepts()) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("slapd did not listen on " + url() + " within " + START_TIMEOUT.toSeconds()
                + " s: " + Files.readString(root.resolve("slapd.log")));
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (root != null && !Boolean.getBoolean("slapd.keep")) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
        root = null;
    }

    private String config() throws IOException {
        StringBuilder conf = new StringBuilder();
        for (String schema : schemas) {
            conf.append("include ").append(schemaFile(schema)).append('\n');
        }
        conf.append("modulepath /usr/lib/ldap\nmoduleload back_mdb\n");
        modules.forEach(m -> conf.append("moduleload ").append(m).append('\n'));
        conf.append("pidfile ").append(root.resolve("slapd.pid")).append('\n')
                .append("argsfile ").append(root.resolve("slapd.args")).append('\n')
                // A search returns at most SIZE_LIMIT entries; a paged search may return any number in all.
                .append("sizelimit size.soft=").append(SIZE_LIMIT).append(" size.hard=").append(SIZE_LIMIT)
                .append(" size.prtotal=unlimited\n");
        if (tls) {
            conf.append("TLSCertificateFile ").append(root.resolve("tls/cert.pem")).append('\n')
                    .append("TLSCertificateKeyFile ").append(root.resolve("tls/key.pem")).append('\n');
        }
        conf.append("database mdb\n")
                .append("suffix \"").append(suffix).append("\"\n")
                .append("directory ").append(root.resolve("db")).append('\n')
                .append("maxsize 268435456\n")
                .append("access to attrs=userPassword by anonymous auth by * none\n")
                .append("access to * by dn.exact=\"").append(readerDn()).append("\" read by * none\n");
        return conf.toString();
    }

    private String schemaFile(String schema) throws IOException {
        if (schema.startsWith("/")) {
            return schema;
        }
        try (InputStream in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(schema),
                "no schema resource " + schema)) {
            Path file = root.resolve(Path.of(schema).getFileName());
            Files.write(file, in.readAllBytes());
            return file.toString();
        }
    }

    private String baseEntries() {
        String rdn = suffix.substring(0, suffix.indexOf(','));
        String value = rdn.substring(rdn.indexOf('=') + 1);
        return "dn: " + suffix + "\nobjectClass: dcObject\nobjectClass: organization\ndc: " + value + "\no: " + value
                + "\n\ndn: " + readerDn() + "\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\n"
                + "cn: compliance-reader\nuserPassword: " + readerPassword + "\n\n";
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
