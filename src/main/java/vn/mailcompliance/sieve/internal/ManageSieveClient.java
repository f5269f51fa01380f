package vn.mailcompliance.sieve.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The read-only subset of ManageSieve (RFC 5804) the audit needs: the greeting's capabilities, {@code STARTTLS},
 * {@code AUTHENTICATE "PLAIN"} (with an authorization identity, for a master user), {@code LISTSCRIPTS},
 * {@code GETSCRIPT} and {@code LOGOUT}. It never sends a command that changes a script. No maintained ManageSieve
 * client is published on Maven Central, hence this small one. Not thread-safe: one client per connection.
 */
public final class ManageSieveClient implements AutoCloseable {

    /** A script on the server and whether it is the active one (the only one that runs). */
    public record Script(String name, boolean active) {
    }

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final List<String> capabilities = new ArrayList<>();

    private ManageSieveClient(Socket socket) throws IOException {
        use(socket);
    }

    /**
     * Connects and reads the greeting. With {@code tls} the connection is upgraded with STARTTLS (required: a server
     * that does not offer it is refused), verified by {@code tls}'s trust, before anything else is sent.
     */
    public static ManageSieveClient connect(String host, int port, Duration connectTimeout, Duration readTimeout,
                                            SSLSocketFactory tls) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            ManageSieveClient client = new ManageSieveClient(socket);
            client.readCapabilities();
            if (tls != null) {
                client.startTls(tls, host, port);
            }
            return client;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The capabilities the server announced last (upper-case names, e.g. {@code SASL "PLAIN LOGIN"}). */
    public List<String> capabilities() {
        return List.copyOf(capabilities);
    }

    /** SASL PLAIN (RFC 4616): {@code authorizationId} may be empty; the password never leaves in clear on TLS. */
    public void authenticatePlain(String authorizationId, String user, String password) throws IOException {
        String message = (authorizationId == null ? "" : authorizationId) + '\0' + user + '\0' + password;
        String encoded = Base64.getEncoder().encodeToString(message.getBytes(StandardCharsets.UTF_8));
        send("AUTHENTICATE \"PLAIN\" \"" + encoded + "\"");
        Response response = readResponse();
        if (!response.ok()) {
            throw new ManageSieveException("login as " + user + " rejected: " + response.text());
        }
    }

    public List<Script> listScripts() throws IOException {
        send("LISTSCRIPTS");
        List<Script> scripts = new ArrayList<>();
        while (true) {
            List<Object> line = readLine();
            if (isStatus(line)) {
                requireOk(line, "LISTSCRIPTS");
                return scripts;
            }
            String name = (String) line.get(0);
            boolean active = line.size() > 1 && "ACTIVE".equalsIgnoreCase(String.valueOf(line.get(1)));
            scripts.add(new Script(name, active));
        }
    }

    /** The active script, if the user has one. */
    public Optional<Script> activeScript() throws IOException {
        return listScripts().stream().filter(Script::active).findFirst();
    }

    public String getScript(String name) throws IOException {
        send("GETSCRIPT " + quote(name));
        List<Object> line = readLine();
        if (isStatus(line)) {
            requireOk(line, "GETSCRIPT " + name);
            return "";
        }
        String script = (String) line.get(0);
        requireOk(readLine(), "GETSCRIPT " + name);
        return script;
    }

    /** Sends LOGOUT and closes the connection; a server gone already is no error. */
    @Override
    public void close() {
        try {
            send("LOGOUT");
            readLine();
        } catch (IOException | RuntimeException e) {
            // The scripts were read; how the session ends changes nothing.
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // idem
            }
        }
    }

    private void startTls(SSLSocketFactory factory, String host, int port) throws IOException {
        if (capabilities.stream().noneMatch(c -> c.startsWith("STARTTLS"))) {
            throw new ManageSieveException("the ManageSieve server " + host + ":" + port + " offers no STARTTLS");
        }
        send("STARTTLS");
        requireOk(readLine(), "STARTTLS");
        SSLSocket tls = (SSLSocket) factory.createSocket(socket, host, port, true);
        var parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        use(tls);
        readCapabilities();
    }

    private void use(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    private void readCapabilities() throws IOException {
        capabilities.clear();
        while (true) {
            List<Object> line = readLine();
            if (isStatus(line)) {
                requireOk(line, "greeting");
                return;
            }
            StringBuilder capability = new StringBuilder(String.valueOf(line.get(0)).toUpperCase(Locale.ROOT));
            for (Object value : line.subList(1, line.size())) {
                capability.append(" \"").append(value).append('"');
            }
            capabilities.add(capability.toString());
        }
    }

    /** A quoted string (RFC 5804 §4): backslash and double quote escaped. */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void send(String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private record Response(boolean ok, String text) {
    }

    private Response readResponse() throws IOException {
        List<Object> line = readLine();
        if (!isStatus(line)) {
            throw new ManageSieveException("unexpected answer " + line);
        }
        return new Response("OK".equalsIgnoreCase(String.valueOf(line.get(0))), statusText(line));
    }

    private void requireOk(List<Object> line, String what) throws IOException {
        if (!isStatus(line)) {
            throw new ManageSieveException(what + ": unexpected answer " + line);
        }
        if (!"OK".equalsIgnoreCase(String.valueOf(line.get(0)))) {
            throw new ManageSieveException(what + " refused: " + statusText(line));
        }
    }

    private static boolean isStatus(List<Object> line) {
        if (line.isEmpty() || !(line.get(0) instanceof Atom atom)) {
            return false;
        }
        String word = atom.toString().toUpperCase(Locale.ROOT);
        return word.equals("OK") || word.equals("NO") || word.equals("BYE");
    }

    private static String statusText(List<Object> line) {
        List<String> parts = new ArrayList<>();
        line.subList(1, line.size()).forEach(part -> parts.add(String.valueOf(part)));
        return String.join(" ", parts);
    }

    /** An unquoted word of a response ({@code OK}, {@code ACTIVE}, a response code in parentheses). */
    private record Atom(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * One response line: atoms as {@link Atom}, quoted strings and literals ({@code {n}} then n octets) as strings.
     */
    private List<Object> readLine() throws IOException {
        List<Object> tokens = new ArrayList<>();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new ManageSieveException("connection closed by the server");
            }
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                return tokens;
            }
            if (c == ' ') {
                continue;
            }
            if (c == '"') {
                tokens.add(quoted());
            } else if (c == '{') {
                tokens.add(literal());
            } else {
                StringBuilder atom = new StringBuilder().append((char) c);
                in.mark(1);
                int next = in.read();
                while (next >= 0 && next != ' ' && next != '\r' && next != '\n') {
                    atom.append((char) next);
                    in.mark(1);
                    next = in.read();
                }
                in.reset();
                tokens.add(new Atom(atom.toString()));
            }
        }
    }

    private String quoted() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int c = in.read(); c != '"'; c = in.read()) {
            if (c < 0) {
                throw new ManageSieveException("connection closed inside a quoted string");
            }
            if (c == '\\') {
                c = in.read();
            }
            bytes.write(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String literal() throws IOException {
        StringBuilder digits = new StringBuilder();
        for (int c = in.read(); c != '}'; c = in.read()) {
            if (c < 0) {
                throw new ManageSieveException("connection closed inside a literal's length");
            }
            if (c != '+') {
                digits.append((char) c);
            }
        }
        int cr = in.read();
        int lf = cr == '\r' ? in.read() : cr;
        if (lf != '\n') {
            throw new ManageSieveException("a literal's length is not followed by a line end");
        }
        int length;
        try {
            length = Integer.parseInt(digits.toString().strip());
        } catch (NumberFormatException e) {
            throw new ManageSieveException("unreadable literal length {" + digits + "}");
        }
        byte[] content = in.readNBytes(length);
        if (content.length < length) {
            throw new ManageSieveException("connection closed inside a literal");
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
