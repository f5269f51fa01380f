package vn.mailcompliance.testsupport;

import static vn.mailcompliance.testsupport.LocalProcesses.HOST;
import static vn.mailcompliance.testsupport.LocalProcesses.freePort;
import static vn.mailcompliance.testsupport.LocalProcesses.randomPassword;
import static vn.mailcompliance.testsupport.LocalProcesses.run;
import static vn.mailcompliance.testsupport.LocalProcesses.sleep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A private Dovecot 2.3 IMAP server for tests: its own config, runtime and mail directories in a temp folder,
 * listening on 127.0.0.1 at a free port, users in a passwd-file, and a master user ({@value #MASTER_USER}) that
 * logs in to any mailbox either as {@code alice@example.vn*auditor} or with SASL PLAIN and authorization identity
 * {@code alice@example.vn}. The system Dovecot service is never touched.
 *
 * <pre>{@code
 * @RegisterExtension
 * static DovecotServer dovecot = new DovecotServer();            // or new DovecotServer().withTls()
 *
 * dovecot.addUser("alice@example.vn");
 * dovecot.deliver("alice@example.vn", "INBOX", "Subject: hi\n\nbody\n", Instant.parse("2025-01-02T03:04:05Z"), false);
 * }</pre>
 *
 * Messages are written straight into maildir (file mtime = INTERNALDATE, {@code :2,S} = seen), so fixtures cost
 * no IMAP round trips; UIDs are assigned by Dovecot in delivery order when the folder is next opened.
 * The hierarchy separator is Dovecot's maildir++ default, {@code '.'} ({@code "Archive.2024"}); non-ASCII folder
 * names are stored in modified UTF-7 like Dovecot does.
 *
 * <p>Needs root (Dovecot's master runs as root and mail is owned by the {@code dovecot} user) and the
 * {@code dovecot-imapd} package: {@code scripts/setup-test-env} installs it. A missing Dovecot fails the test
 * class; it never skips it.
 */
public final class DovecotServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    public static final String DOVECOT = "/usr/sbin/dovecot";
    public static final String DOVEADM = "/usr/bin/doveadm";
    public static final String MASTER_USER = "auditor";
    public static final String MASTER_SEPARATOR = "*";
    public static final String SHARED_PREFIX = "shared/";
    static final String NOT_INSTALLED = "Dovecot is not installed: run scripts/setup-test-env";

    private static final String MAIL_OWNER = "dovecot";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final DateTimeFormatter DOVEADM_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Orders deliveries: Dovecot hands out UIDs to new maildir files sorted by the name's time and ".M" part. */
    private static final AtomicLong DELIVERY_SEQUENCE = new AtomicLong();

    private final String masterPassword = randomPassword();
    private final Map<String, String> users = new LinkedHashMap<>();
    private boolean tls;
    private boolean sharedNamespace;
    private boolean manageSieve;
    private int sievePort;

    private Path root;
    private Path conf;
    private Path mailRoot;
    private int port;
    private TrustStore trustStore;
    private boolean running;
    private Thread shutdownHook;
    private boolean launched;
    private final String dovecotBinary;
    private UserPrincipal mailUser;
    private GroupPrincipal mailGroup;

    public DovecotServer() {
        this(DOVECOT);
    }

    /** For the harness's own test of a missing installation. */
    DovecotServer(String dovecotBinary) {
        this.dovecotBinary = dovecotBinary;
    }

    /**
     * Serve STARTTLS on the same port with a freshly generated self-signed certificate for 127.0.0.1 and
     * localhost; {@link #trustStore()} holds that certificate. Plaintext login stays allowed, so a client
     * proves it uses TLS by requiring STARTTLS. Call before the server starts.
     */
    public DovecotServer withTls() {
        if (root != null) {
            throw new IllegalStateException("withTls() must be called before the server starts");
        }
        this.tls = true;
        return this;
    }

    /**
     * Also serve every mailbox read-only to the auditor through a shared namespace ({@value #SHARED_PREFIX}
     * {@code <address>/INBOX}): the auditor is then a normal user too, with the master password, and a global ACL
     * grants it lookup and read only. Call before the server starts.
     */
    public DovecotServer withSharedNamespace() {
        if (root != null) {
            throw new IllegalStateException("withSharedNamespace() must be called before the server starts");
        }
        this.sharedNamespace = true;
        return this;
    }

    /**
     * Also serve Pigeonhole's ManageSieve (RFC 5804) on {@link #sievePort()}, same logins (master user included), each
     * user's scripts under the instance's folder ({@link #installSieveScript}). Call before the server starts.
     */
    public DovecotServer withManageSieve() {
        if (root != null) {
            throw new IllegalStateException("withManageSieve() must be called before the server starts");
        }
        this.manageSieve = true;
        return this;
    }

    public int sievePort() {
        ensureCreated();
        if (!manageSieve) {
            throw new IllegalStateException("this DovecotServer was not built withManageSieve()");
        }
        return sievePort;
    }

    /**
     * Stores a Sieve script for {@code address} as ManageSieve's PUTSCRIPT would (a file in the user's script
     * storage) and, when {@code active}, makes it the active one (the storage's active-script symlink).
     */
    public void installSieveScript(String address, String name, String script, boolean active) {
        String user = requireUser(address);
        Path home = sieveHome(user);
        try {
            Path scripts = home.resolve("scripts");
            if (!Files.isDirectory(scripts)) {
                Files.createDirectories(scripts);
                own(home, "rwx------");
                own(scripts, "rwx------");
            }
            Path file = scripts.resolve(name + ".sieve");
            Files.writeString(file, script);
            own(file, "rw-------");
            if (active) {
                Path link = home.resolve("active.sieve");
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, Path.of("scripts", name + ".sieve"));
                Files.getFileAttributeView(link, PosixFileAttributeView.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS).setOwner(mailUser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install a Sieve script for " + user, e);
        }
    }

    private Path sieveHome(String user) {
        return root.resolve("sieve").resolve(user);
    }

    // ---------------------------------------------------------------- JUnit lifecycle

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    // ---------------------------------------------------------------- connection facts

    public String host() {
        return HOST;
    }

    public int port() {
        ensureCreated();
        return port;
    }

    public String masterUser() {
        return MASTER_USER;
    }

    public String masterPassword() {
        return masterPassword;
    }

    /** The login that opens {@code address}'s mailbox with the master password: {@code address*auditor}. */
    public String masterLogin(String address) {
        return normalize(address) + MASTER_SEPARATOR + MASTER_USER;
    }

    public boolean isTls() {
        return tls;
    }

    /** The PKCS12 trust store with this server's certificate; only for a server built {@link #withTls()}. */
    public TrustStore trustStore() {
        ensureCreated();
        if (!tls) {
            throw new IllegalStateException("this DovecotServer was not built withTls()");
        }
        return trustStore;
    }

    public boolean isRunning() {
        return running;
    }

    /** Dovecot's own log of this instance (logins, errors). */
    public Path logFile() {
        ensureCreated();
        return root.resolve("dovecot.log");
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Starts the server; the first call picks the port, later calls (after {@link #stop()}) start it again on
     * the same port with the same mail. Returns once the server greets. Users and mail may be added before.
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        ensureCreated();
        if (launched) {
            launch();
            return;
        }
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                launch();
                launched = true;
                return;
            } catch (PortTakenException e) {
                last = e; // someone grabbed the free port between probe and bind: take another one
                port = freePort();
                if (manageSieve) {
                    sievePort = freePort();
                }
                writeConfig();
            }
        }
        throw last;
    }

    /**
     * Stops the server (SIGTERM to its master, like {@code doveadm stop}) and waits until it is gone and the
     * port refuses connections. Mail and users stay; {@link #start()} brings it back on the same port.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        Optional<ProcessHandle> master = masterProcess();
        if (master.isPresent()) {
            ProcessHandle handle = master.get();
            handle.destroy(); // SIGTERM, which is what doveadm stop sends; its own wait polls only every 100 ms
            long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
            while (isAlive(handle.pid()) && System.nanoTime() < deadline) {
                sleep(10);
            }
            if (isAlive(handle.pid())) {
                handle.destroyForcibly();
                throw new IllegalStateException("Dovecot (pid " + handle.pid() + ") did not stop within "
                        + STOP_TIMEOUT.toSeconds() + " s; killed it" + logTail());
            }
        } else {
            run(List.of(DOVEADM, "-c", conf.toString(), "stop"), COMMAND_TIMEOUT);
        }
        running = false;
        removeShutdownHook();
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (accepts() && System.nanoTime() < deadline) {
            sleep(20);
        }
    }

    /** Stops the server and deletes its folder (kept with {@code -Ddovecot.keep=true}); the instance is spent. */
    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            if (root != null && !Boolean.getBoolean("dovecot.keep")) {
                deleteRecursively(root);
            }
            root = null;
            launched = false;
            users.clear();
        }
    }

    // ---------------------------------------------------------------- users and mail

    /**
     * Points the application's IMAP settings at this server with the master user: host, port, security (none, or
     * STARTTLS with this server's trust store) and the auditor credential. Call it from the test class's own
     * {@code @DynamicPropertySource} method.
     */
    public void registerSpringProperties(DynamicPropertyRegistry registry) {
        registry.add("compliance.imap.host", this::host);
        registry.add("compliance.imap.port", this::port);
        registry.add("compliance.imap.security", () -> isTls() ? "starttls" : "none");
        registry.add("compliance.imap.master-user", this::masterUser);
        registry.add("compliance.imap.master-password", this::masterPassword);
        if (manageSieve) {
            registry.add("compliance.sieve.port", this::sievePort);
        }
        if (isTls()) {
            registry.add("compliance.imap.trust-store.path", () -> trustStore().path().toString());
            registry.add("compliance.imap.trust-store.password", () -> trustStore().password());
        }
    }

    /** Adds a user who logs in with the full address; returns the generated password. */
    public synchronized String addUser(String address) {
        ensureCreated();
        String user = normalize(address);
        if (users.containsKey(user)) {
            throw new IllegalArgumentException("user already exists: " + user);
        }
        String password = randomPassword();
        // One passwd-file per user: Dovecot stats a shared passwd-file at most once per second and would
        // serve a stale copy to a login in the same second as the write; a new per-user file is read at once.
        writePasswdFile(root.resolve("passwd.d").resolve(user), Map.of(user, password));
        users.put(user, password);
        maildir(user, "INBOX", true);
        return password;
    }

    public synchronized String password(String address) {
        String password = users.get(normalize(address));
        if (password == null) {
            throw new IllegalArgumentException("no such user: " + address);
        }
        return password;
    }

    public synchronized Set<String> users() {
        return Set.copyOf(users.keySet());
    }

    /** Delivers a message written with {@code \n} or {@code \r\n} line ends; see {@link #deliver(String, String, byte[], Instant, boolean)}. */
    public void deliver(String address, String folder, String rfc822, Instant internalDate, boolean seen) {
        deliver(address, folder, rfc822.getBytes(StandardCharsets.UTF_8), internalDate, seen);
    }

    /**
     * Writes one message into {@code folder} of {@code address}'s maildir (creating the folder), with the given
     * INTERNALDATE (second precision) and flag {@code \Seen} or none. Works while the server runs or not.
     *
     * @param folder {@code "INBOX"} or an IMAP folder name with {@code '.'} as hierarchy separator
     */
    public void deliver(String address, String folder, byte[] rfc822, Instant internalDate, boolean seen) {
        String user = requireUser(address);
        Path dir = maildir(user, folder, true);
        long sequence = DELIVERY_SEQUENCE.incrementAndGet();
        long seconds = Math.max(1, System.currentTimeMillis() / 1000);
        String base = String.format(Locale.ROOT, "%d.M%09dP%d.harness", seconds, sequence, ProcessHandle.current().pid());
        String name = base + ":2," + (seen ? "S" : "");
        try {
            Path tmp = dir.resolve("tmp").resolve(base);
            Files.write(tmp, rfc822);
            Files.setLastModifiedTime(tmp, FileTime.from(internalDate));
            own(tmp, "rw-------");
            Files.move(tmp, dir.resolve("cur").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deliver to " + dir, e);
        }
    }

    /** Creates an empty folder (maildir++ {@code .Name}); delivering creates folders too. */
    public void createFolder(String address, String folder) {
        maildir(requireUser(address), folder, true);
    }

    /**
     * The messages of a folder as Dovecot stores them ({@code doveadm fetch 'uid flags date.received'}), in UID
     * order. Use it to prove a client changed nothing. Needs the server running.
     */
    public List<StoredMessage> messages(String address, String folder) {
        String user = requireUser(address);
        maildir(user, folder, false); // fail on a misspelt folder rather than return an empty list
        String out = doveadm("-f", "tab", "fetch", "-u", user, "uid flags date.received", "mailbox", folder, "all");
        return parseFetch(out);
    }

    /** The folder's UIDVALIDITY ({@code doveadm mailbox status}). Needs the server running. */
    public long uidValidity(String address, String folder) {
        String user = requireUser(address);
        maildir(user, folder, false);
        String out = doveadm("-f", "tab", "mailbox", "status", "-u", user, "uidvalidity", folder);
        List<Map<String, String>> rows = parseTab(out);
        if (rows.size() != 1 || !rows.get(0).containsKey("uidvalidity")) {
            throw new IllegalStateException("unexpected doveadm mailbox status output: " + out);
        }
        return Long.parseLong(rows.get(0).get("uidvalidity").trim());
    }

    /**
     * Makes Dovecot give {@code folder} a new UIDVALIDITY, as after an index rebuild on a real server: stops the
     * server if it runs, deletes the folder's {@code dovecot-uidlist} and index files and the mailbox list index,
     * and starts it again. The messages stay; their UIDs restart at 1. Dovecot's per-user
     * {@code dovecot-uidvalidity} file guarantees the new value differs from the old one.
     */
    public synchronized void resetUidValidity(String address, String folder) {
        String user = requireUser(address);
        Path dir = maildir(user, folder, false);
        boolean wasRunning = running;
        stop();
        try {
            deleteIndexFiles(dir, "dovecot-uidlist", "dovecot.index");
            deleteIndexFiles(maildir(user, "INBOX", false), "dovecot.list.index");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset UIDVALIDITY of " + dir, e);
        }
        if (wasRunning) {
            start();
        }
    }

    /** Runs {@code doveadm -c <this config> args...} with TZ=UTC and returns its standard output. */
    public String doveadm(String... args) {
        ensureCreated();
        List<String> cmd = new ArrayList<>(List.of(DOVEADM, "-c", conf.toString()));
        cmd.addAll(Arrays.asList(args));
        LocalProcesses.Result result = run(cmd, COMMAND_TIMEOUT);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("doveadm " + String.join(" ", args) + " exited with " + result.exitCode()
                    + ": " + result.stderr().strip());
        }
        return result.stdout();
    }

    // ---------------------------------------------------------------- internals: setup

    private void create() {
        try {
            root = Files.createTempDirectory("dovecot-");
            // The mail user (dovecot) must traverse into mail/, the login processes chroot below run/.
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            conf = root.resolve("dovecot.conf");
            mailRoot = root.resolve("mail");
            Files.createDirectories(mailRoot);
            Files.createDirectories(root.resolve("state"));
            UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
            try {
                mailUser = lookup.lookupPrincipalByName(MAIL_OWNER);
                mailGroup = lookup.lookupPrincipalByGroupName(MAIL_OWNER);
            } catch (IOException e) {
                throw new IllegalStateException("system user 'dovecot' is missing: " + NOT_INSTALLED, e);
            }
            own(mailRoot, "rwxr-xr-x");
            writePasswdFile(root.resolve("master-users"), Map.of(MASTER_USER, masterPassword));
            Files.createDirectories(root.resolve("passwd.d"));
            if (sharedNamespace) {
                writePasswdFile(root.resolve("passwd.d").resolve(MASTER_USER), Map.of(MASTER_USER, masterPassword));
                Files.writeString(root.resolve("global-acl"), "* user=" + MASTER_USER + " lr\n");
            }
            if (tls) {
                trustStore = TrustStore.selfSigned(root.resolve("tls"), "dovecot-test");
            }
            if (manageSieve) {
                Files.createDirectories(root.resolve("sieve"));
                own(root.resolve("sieve"), "rwxr-xr-x");
                sievePort = freePort();
            }
            port = freePort();
            writeConfig();
            shutdownHook = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a private Dovecot", e);
        }
    }

    private void writeConfig() {
        String r = root.toString();
        StringBuilder c = new StringBuilder();
        c.append("# Private test instance written by ").append(getClass().getName()).append('\n');
        c.append("base_dir = ").append(r).append("/run\n");
        c.append("state_dir = ").append(r).append("/state\n");
        c.append("log_path = ").append(r).append("/dovecot.log\n");
        c.append("log_timestamp = \"%Y-%m-%d %H:%M:%S \"\n");
        c.append("instance_name = dovecot-test-").append(port).append('\n');
        c.append("protocols = imap").append(manageSieve ? " sieve" : "").append('\n');
        c.append("listen = ").append(HOST).append('\n');
        if (tls) {
            c.append("ssl = yes\n");
            c.append("ssl_cert = <").append(r).append("/tls/cert.pem\n");
            c.append("ssl_key = <").append(r).append("/tls/key.pem\n");
        } else {
            c.append("ssl = no\n");
        }
        c.append("disable_plaintext_auth = no\n");
        c.append("auth_mechanisms = plain login\n");
        c.append("auth_verbose = yes\n");
        // real servers wait 2 s after a failed login; tests of failures should not
        c.append("auth_failure_delay = 0\n");
        c.append("auth_master_user_separator = ").append(MASTER_SEPARATOR).append('\n');
        c.append("mail_uid = ").append(MAIL_OWNER).append('\n');
        c.append("mail_gid = ").append(MAIL_OWNER).append('\n');
        c.append("first_valid_uid = 100\n");
        c.append("mail_location = maildir:").append(r).append("/mail/%u\n");
        // Sent marked \Sent (RFC 6154) as on a stock Dovecot; other sent folders are known by name only.
        c.append("namespace inbox {\n  inbox = yes\n  mailbox Sent {\n    special_use = \\Sent\n  }\n}\n");
        if (manageSieve) {
            c.append("plugin {\n  sieve = file:").append(r).append("/sieve/%u/scripts;active=").append(r)
                    .append("/sieve/%u/active.sieve\n}\n");
            c.append("service managesieve-login {\n  inet_listener sieve {\n    address = ").append(HOST)
                    .append("\n    port = ").append(sievePort).append("\n  }\n}\n");
        }
        if (sharedNamespace) {
            // No INDEXPVT: \Seen must be the owner's flag, not a private copy of the auditor's.
            c.append("mail_plugins = $mail_plugins acl\n");
            c.append("protocol imap {\n  mail_plugins = $mail_plugins imap_acl\n}\n");
            c.append("plugin {\n  acl = vfile:").append(r).append("/global-acl\n}\n");
            c.append("namespace shared {\n  type = shared\n  separator = /\n  prefix = ").append(SHARED_PREFIX)
                    .append("%%u/\n  location = maildir:").append(r).append("/mail/%%u\n")
                    .append("  subscriptions = no\n  list = no\n}\n");
        }
        c.append("passdb {\n  driver = passwd-file\n  args = ").append(r).append("/master-users\n")
                .append("  master = yes\n  result_success = continue\n}\n");
        c.append("passdb {\n  driver = passwd-file\n  args = ").append(r).append("/passwd.d/%u\n}\n");
        c.append("userdb {\n  driver = passwd-file\n  args = ").append(r).append("/passwd.d/%u\n}\n");
        // no growing per-IP penalty (2, 4, 8... s) on the next login after a failed one: tests fail logins on purpose
        c.append("service anvil {\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}\n");
        c.append("service imap-login {\n")
                .append("  inet_listener imap {\n    address = ").append(HOST).append("\n    port = ").append(port).append("\n  }\n")
                .append("  inet_listener imaps {\n    port = 0\n  }\n}\n");
        try {
            Files.writeString(conf, c.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + conf, e);
        }
    }

    private static void writePasswdFile(Path file, Map<String, String> entries) {
        StringBuilder s = new StringBuilder();
        // user:password:uid:gid:gecos:home:shell:extra — empty uid/gid fall back to mail_uid/mail_gid
        entries.forEach((user, password) -> s.append(user).append(":{PLAIN}").append(password).append("::::::\n"));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, s.toString());
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    // ---------------------------------------------------------------- internals: processes

    private static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message) {
            super(message);
        }
    }

    private void launch() {
        LocalProcesses.Result result = run(List.of(dovecotBinary, "-c", conf.toString()), COMMAND_TIMEOUT);
        if (result.exitCode() != 0) {
            String message = "Dovecot did not start (exit " + result.exitCode() + "): " + result.stderr().strip() + logTail();
            if (message.contains("Address already in use")) {
                throw new PortTakenException(message);
            }
            throw new IllegalStateException(message);
        }
        running = true;
        addShutdownHook();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (greets()) {
                return;
            }
            if (masterProcess().isEmpty()) {
                running = false;
                String message = "Dovecot exited right after starting" + logTail();
                if (message.contains("Address already in use")) {
                    throw new PortTakenException(message);
                }
                throw new IllegalStateException(message);
            }
            sleep(20);
        }
        throw new IllegalStateException("Dovecot did not greet on " + HOST + ":" + port + " within "
                + START_TIMEOUT.toSeconds() + " s" + logTail());
    }

    /** True once the server sends its real greeting (not the interim "Waiting for authentication process"). */
    private boolean greets() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1000);
            socket.setSoTimeout(2000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line = in.readLine();
            return line != null && line.startsWith("* OK") && !line.contains("Waiting for authentication");
        } catch (IOException e) {
            return false;
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<ProcessHandle> masterProcess() {
        Path pidFile = root.resolve("run").resolve("master.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return isAlive(pid) ? ProcessHandle.of(pid) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Alive and not a zombie. The daemonized master is reparented to PID 1, which may take a while to reap it
     * (gVisor's init does); {@link ProcessHandle#isAlive()} counts the zombie as alive for another ~1.5 s.
     */
    private static boolean isAlive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : '?';
            return state != 'Z' && state != 'X' && state != 'x';
        } catch (IOException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** Stops the instance even when a test JVM exits without afterAll (e.g. killed by Ctrl-C). */
    private void addShutdownHook() {
        Optional<ProcessHandle> master = masterProcess();
        if (master.isEmpty()) {
            return;
        }
        ProcessHandle handle = master.get();
        shutdownHook = new Thread(handle::destroy, "dovecot-test-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void removeShutdownHook() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running anyway
            }
            shutdownHook = null;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(root.resolve("dovecot.log"));
            return "\n--- dovecot.log (last lines) ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    // ---------------------------------------------------------------- internals: maildir

    private Path maildir(String user, String folder, boolean create) {
        ensureCreated();
        Path userRoot = mailRoot.resolve(user);
        Path dir;
        if (folder.equalsIgnoreCase("INBOX")) {
            dir = userRoot;
        } else {
            if (folder.isEmpty() || folder.contains("/") || folder.startsWith(".") || folder.endsWith(".")
                    || folder.contains("..") || folder.toUpperCase(Locale.ROOT).startsWith("INBOX.")) {
                throw new IllegalArgumentException("unsupported folder name (separator is '.'): " + folder);
            }
            dir = userRoot.resolve("." + ModifiedUtf7.encode(folder));
        }
        if (!create) {
            if (!Files.isDirectory(dir.resolve("cur"))) {
                throw new IllegalArgumentException("no folder " + folder + " for " + user);
            }
            return dir;
        }
        if (Files.isDirectory(dir.resolve("cur"))) {
            return dir;
        }
        synchronized (this) {
            createMaildir(userRoot, dir);
        }
        return dir;
    }

    private void createMaildir(Path userRoot, Path dir) {
        try {
            if (!Files.isDirectory(userRoot.resolve("cur"))) {
                Files.createDirectories(userRoot);
                own(userRoot, "rwx------");
                for (String sub : List.of("cur", "new", "tmp")) {
                    own(Files.createDirectories(userRoot.resolve(sub)), "rwx------");
                }
            }
            if (!Files.isDirectory(dir.resolve("cur"))) {
                Files.createDirectories(dir);
                own(dir, "rwx------");
                for (String sub : List.of("cur", "new", "tmp")) {
                    Path s = Files.createDirectories(dir.resolve(sub));
                    own(s, "rwx------");
                }
                if (!dir.equals(userRoot)) {
                    Path marker = dir.resolve("maildirfolder");
                    if (!Files.exists(marker)) {
                        Files.createFile(marker);
                    }
                    own(marker, "rw-------");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create maildir " + dir, e);
        }
    }

    private void own(Path path, String permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(mailUser);
        view.setGroup(mailGroup);
        view.setPermissions(PosixFilePermissions.fromString(permissions));
    }

    private static void deleteIndexFiles(Path dir, String... prefixes) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                for (String prefix : prefixes) {
                    if (name.startsWith(prefix) && Files.isRegularFile(f)) {
                        Files.delete(f);
                        break;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- internals: doveadm output

    static List<StoredMessage> parseFetch(String out) {
        List<StoredMessage> messages = new ArrayList<>();
        for (Map<String, String> row : parseTab(out)) {
            String uid = row.get("uid");
            String flags = row.get("flags");
            String date = row.get("date.received");
            if (uid == null || flags == null || date == null) {
                throw new IllegalStateException("unexpected doveadm fetch output: " + out);
            }
            Set<String> flagSet = new HashSet<>();
            for (String flag : flags.trim().split("\\s+")) {
                if (!flag.isEmpty() && !flag.equalsIgnoreCase("\\Recent")) {
                    flagSet.add(flag);
                }
            }
            Instant received = LocalDateTime.parse(date.trim(), DOVEADM_DATE).toInstant(ZoneOffset.UTC);
            messages.add(new StoredMessage(Long.parseLong(uid.trim()), flagSet, received));
        }
        messages.sort((a, b) -> Long.compare(a.uid(), b.uid()));
        return List.copyOf(messages);
    }

    /** doveadm {@code -f tab}: a header line of field names, then one tab-separated line per record. */
    static List<Map<String, String>> parseTab(String out) {
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].trim(), i < values.length ? values[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    // ---------------------------------------------------------------- internals: misc

    private String requireUser(String address) {
        String user = normalize(address);
        synchronized (this) {
            if (!users.containsKey(user)) {
                throw new IllegalArgumentException("no such user (addUser first): " + address);
            }
        }
        return user;
    }

    /** Dovecot lower-cases logins (auth_username_format = %Lu), so %u in mail_location is lower case. */
    private static String normalize(String address) {
        String user = address.trim().toLowerCase(Locale.ROOT);
        if (user.isEmpty() || user.startsWith(".") || user.contains("..")
                || !user.matches("[a-z0-9._%+\\-@]+")) {
            throw new IllegalArgumentException("unsupported address for the test server: " + address);
        }
        return user;
    }

    /** Creates the folder, config, port (and certificate) on first use; fails when Dovecot is not installed. */
    private synchronized void ensureCreated() {
        if (root != null) {
            return;
        }
        if (!Files.isExecutable(Path.of(dovecotBinary)) || !Files.isExecutable(Path.of(DOVEADM))) {
            throw new IllegalStateException(NOT_INSTALLED);
        }
        create();
    }

    private static void deleteRecursively(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort: a leftover temp folder must not fail a test run
        }
    }

    @Override
    public String toString() {
        return "DovecotServer[" + HOST + ":" + (root == null ? "-" : port) + (tls ? ", STARTTLS" : "")
                + (running ? ", running" : "") + "]";
    }

    /** RFC 3501 modified UTF-7, which Dovecot 2.3 uses for maildir++ folder names on disk. */
    static final class ModifiedUtf7 {
        private ModifiedUtf7() {
        }

        static String encode(String name) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < name.length()) {
                char ch = name.charAt(i);
                if (ch == '&') {
                    out.append("&-");
                    i++;
                } else if (ch >= 0x20 && ch <= 0x7e) {
                    out.append(ch);
                    i++;
                } else {
                    int start = i;
                    while (i < name.length() && (name.charAt(i) < 0x20 || name.charAt(i) > 0x7e)) {
                        i++;
                    }
                    byte[] utf16 = name.substring(start, i).getBytes(StandardCharsets.UTF_16BE);
                    String b64 = Base64.getEncoder().withoutPadding().encodeToString(utf16).replace('/', ',');
                    out.append('&').append(b64).append('-');
                }
            }
            return out.toString();
        }
    }
}
