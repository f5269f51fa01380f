package vn.mailcompliance.imap;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private Dovecot with a master user for this package's tests (maildir; a message's file mtime is its INTERNALDATE,
 * {@code :2,S} marks it seen).
 */
class LocalDovecot implements BeforeAllCallback, AfterAllCallback {

    static final String MASTER_USER = "auditor";
    static final String MASTER_PASSWORD = "m4ster-Secret";

    private final AtomicInteger sequence = new AtomicInteger();
    private Path dir;
    private int port;

    record StoredMessage(long uid, String flags, long internalDate) {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("dovecot");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("state"));
        Files.createDirectories(dir.resolve("mail"));
        Files.writeString(dir.resolve("master.passwd"), MASTER_USER + ":{PLAIN}" + MASTER_PASSWORD + "\n");
        Files.writeString(dir.resolve("dovecot.conf"), """
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/log
                listen = 127.0.0.1
                protocols = imap
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                auth_master_user_separator = *
                mail_uid = dovecot
                mail_gid = dovecot
                first_valid_uid = 100
                mail_location = maildir:%1$s/mail/%%u
                service imap-login {
                  inet_listener imap {
                    port = %2$d
                  }
                }
                passdb {
                  driver = passwd-file
                  args = %1$s/master.passwd
                  master = yes
                  result_success = continue
                }
                passdb {
                  driver = static
                  args = password=users-own-password-never-used
                }
                userdb {
                  driver = static
                  args = uid=dovecot gid=dovecot home=%1$s/mail/%%u
                }
                """.formatted(dir, port));
        run("chmod", "-R", "a+rx", dir.toString());
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    void start() throws Exception {
        run("/usr/sbin/dovecot", "-c", conf());
        for (int i = 0; i < 50; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
    }

    void stop() throws Exception {
        run("doveadm", "-c", conf(), "stop");
        Thread.sleep(300);
    }

    int port() {
        return port;
    }

    void addUser(String address) throws Exception {
        Files.createDirectories(dir.resolve("mail").resolve(address));
        run("chown", "-R", "dovecot:dovecot", dir.resolve("mail").toString());
    }

    /** Drops a message into a maildir folder ({@code INBOX} or e.g. {@code Archive}) with its INTERNALDATE. */
    void deliver(String address, String folder, byte[] rfc822, Instant internalDate, boolean seen) throws Exception {
        Path box = dir.resolve("mail").resolve(address);
        if (!folder.equals("INBOX")) {
            box = box.resolve("." + folder);
        }
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(box.resolve(sub));
        }
        String name = internalDate.getEpochSecond() + ".M" + sequence.incrementAndGet() + ".test";
        Path file = seen ? box.resolve("cur").resolve(name + ":2,S") : box.resolve("new").resolve(name);
        Files.write(file, rfc822);
        Files.setLastModifiedTime(file, FileTime.from(internalDate));
        run("chown", "-R", "dovecot:dovecot", dir.resolve("mail").toString());
    }

    void deliver(String address, String folder, String rfc822, Instant internalDate, boolean seen) throws Exception {
        deliver(address, folder, rfc822.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), internalDate, seen);
    }

    /** UID, flags and INTERNALDATE of every message of a folder, read by doveadm (not over IMAP). */
    List<StoredMessage> messages(String address, String folder) throws Exception {
        String out = run("doveadm", "-c", conf(), "-f", "tab", "fetch", "-u", address,
                "uid flags date.received.unixtime", "mailbox", folder, "all");
        List<StoredMessage> messages = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] cells = line.split("\t", -1);
            if (cells.length >= 3 && cells[0].matches("\\d+")) {
                messages.add(new StoredMessage(Long.parseLong(cells[0]), cells[1], Long.parseLong(cells[2].strip())));
            }
        }
        return messages;
    }

    /** Forgets a folder's UIDs, as an index rebuild does: the folder gets a new UIDVALIDITY. */
    void resetUidValidity(String address, String folder) throws Exception {
        Path box = dir.resolve("mail").resolve(address);
        if (!folder.equals("INBOX")) {
            box = box.resolve("." + folder);
        }
        try (var files = Files.list(box)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().startsWith("dovecot")) {
                    Files.delete(file);
                }
            }
        }
        Thread.sleep(1100);
    }

    private String conf() {
        return dir.resolve("dovecot.conf").toString();
    }

    private String run(String... command) throws Exception {
        // The daemon keeps inherited pipes open, so output goes through a file.
        Path output = Files.createTempFile(dir, "out", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        int status = process.waitFor();
        String out = Files.readString(output);
        Files.delete(output);
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
