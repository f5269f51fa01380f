package vn.mailcompliance.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the servers a command needs answer on their port before anything starts, so that a wrong host or port
 * stops the run with exit status 2, names host and port, and writes nothing.
 */
final class Reachability {

    private static final Pattern NETWORK_JDBC_URL =
            Pattern.compile("^jdbc:(mysql|mariadb)(?::[a-z]+)?://([^/:?,;]+)(?::(\\d+))?.*$");
    private static final Pattern LDAP_URL = Pattern.compile("^(?i)(ldaps?)://([^/:?\\s]+)(?::(\\d+))?/?$");
    private static final int TIMEOUT_MILLIS = 5_000;

    private Reachability() {
    }

    static void requireDatabase(String setting, String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return;
        }
        Matcher url = NETWORK_JDBC_URL.matcher(jdbcUrl);
        if (url.matches()) {
            String host = url.group(2);
            int port = url.group(3) == null ? 3306 : Integer.parseInt(url.group(3));
            unreachable(host, port).ifPresent(reason -> {
                throw new UsageException("Cannot reach the database of " + setting + " at " + host + ":" + port
                        + " (" + reason + "). Check the host and port, and that the database server is running.");
            });
        }
    }

    /** An LDAP directory source ({@code ldap://} or {@code ldaps://}); other URLs are left to the database check. */
    static void requireDirectory(String url, String baseDn) {
        Matcher ldap = url == null ? null : LDAP_URL.matcher(url.strip());
        if (ldap == null || !ldap.matches()) {
            return;
        }
        String host = ldap.group(2);
        int port = ldap.group(3) != null ? Integer.parseInt(ldap.group(3))
                : ldap.group(1).equalsIgnoreCase("ldaps") ? 636 : 389;
        unreachable(host, port).ifPresent(reason -> {
            throw new UsageException("Cannot reach the LDAP directory of compliance.directory.url at " + host + ":"
                    + port + " (base DN " + baseDn + "): " + reason + ". Check the host and port, and that the"
                    + " directory server accepts connections from this machine.");
        });
    }

    static void requireImap(String host, int port) {
        unreachable(host, port).ifPresent(reason -> {
            throw new UsageException("Cannot reach the IMAP server compliance.imap.host=" + host
                    + " compliance.imap.port=" + port + " (" + reason
                    + "). Check the host and port, and that the server accepts connections from this machine.");
        });
    }

    static void requireBroker(String host, int port) {
        unreachable(host, port).ifPresent(reason -> {
            throw new UsageException("Cannot reach the RabbitMQ broker of compliance.scan.remote at spring.rabbitmq.host="
                    + host + " spring.rabbitmq.port=" + port + " (" + reason
                    + "). Check the host and port, and that RabbitMQ is running, or set "
                    + "compliance.scan.remote.enabled=false to scan on this machine.");
        });
    }

    private static Optional<String> unreachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
