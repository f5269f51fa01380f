package vn.mailcompliance.sieve.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's side of RFC 5804 against a scripted server: what it sends and how it reads every answer form. */
class ManageSieveClientTest {

    private static final String GREETING = "\"IMPLEMENTATION\" \"Test\"\r\n\"SASL\" \"PLAIN\"\r\n"
            + "\"SIEVE\" \"fileinto reject\"\r\n\"VERSION\" \"1.0\"\r\nOK \"Ready.\"\r\n";

    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private ManageSieveClient connect(SSLSocketFactory tls) throws IOException {
        return ManageSieveClient.connect("127.0.0.1", server.port(), Duration.ofSeconds(2), Duration.ofSeconds(5), tls);
    }

    @Test
    void readsCapabilitiesLogsInWithPlainAndReadsALiteralScript() throws Exception {
        String script = "require \"copy\";\r\nredirect :copy \"x@gmail.com\";\r\n# ünïcode\r\n";
        int length = script.getBytes(StandardCharsets.UTF_8).length;
        server = new ScriptedServer(GREETING, new LinkedHashMap<>(Map.of(
                "AUTHENTICATE", "OK \"Logged in.\"\r\n",
                "LISTSCRIPTS", "\"other\"\r\n\"with \\\"quote\\\"\" ACTIVE\r\nOK \"Listscripts completed.\"\r\n",
                "GETSCRIPT", "{" + length + "}\r\n" + script + "\r\nOK \"Getscript completed.\"\r\n",
                "LOGOUT", "OK \"Logout completed.\"\r\n")));

        try (ManageSieveClient client = connect(null)) {
            assertThat(client.capabilities()).contains("IMPLEMENTATION \"Test\"", "SASL \"PLAIN\"");
            client.authenticatePlain("an@most.gov.vn", "auditor", "s3cret");
            ManageSieveClient.Script active = client.activeScript().orElseThrow();
            assertThat(active).isEqualTo(new ManageSieveClient.Script("with \"quote\"", true));
            assertThat(client.getScript(active.name())).isEqualTo(script);
        }

        assertThat(server.received()).containsExactly(
                "AUTHENTICATE \"PLAIN\" \"" + Base64.getEncoder().encodeToString(
                        "an@most.gov.vn\0auditor\0s3cret".getBytes(StandardCharsets.UTF_8)) + "\"",
                "LISTSCRIPTS",
                "GETSCRIPT \"with \\\"quote\\\"\"",
                "LOGOUT");
    }

    @Test
    void aRefusedLoginNamesTheUserAndTheServersReasonButNotThePassword() throws Exception {
        server = new ScriptedServer(GREETING, new LinkedHashMap<>(Map.of(
                "AUTHENTICATE", "NO (AUTH) \"Authentication failed.\"\r\n")));

        try (ManageSieveClient client = connect(null)) {
            assertThatThrownBy(() -> client.authenticatePlain("", "an@most.gov.vn*auditor", "s3cret"))
                    .isInstanceOf(ManageSieveException.class)
                    .hasMessageContaining("an@most.gov.vn*auditor")
                    .hasMessageContaining("Authentication failed.")
                    .hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void aScriptThatCannotBeReadIsAnErrorNotAnEmptyScript() throws Exception {
        server = new ScriptedServer(GREETING, new LinkedHashMap<>(Map.of(
                "GETSCRIPT", "NO (NONEXISTENT) \"There is no script by that name\"\r\n")));

        try (ManageSieveClient client = connect(null)) {
            assertThatThrownBy(() -> client.getScript("gone"))
                    .isInstanceOf(ManageSieveException.class)
                    .hasMessageContaining("GETSCRIPT gone refused")
                    .hasMessageContaining("no script by that name");
        }
    }

    @Test
    void tlsIsRequiredWhenAskedForAndRefusedWhenTheServerDoesNotOfferIt() throws Exception {
        server = new ScriptedServer(GREETING, new LinkedHashMap<>());

        assertThatThrownBy(() -> connect((SSLSocketFactory) SSLSocketFactory.getDefault()))
                .isInstanceOf(ManageSieveException.class)
                .hasMessageContaining("offers no STARTTLS");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aServerThatHangsUpIsAnError() throws Exception {
        server = new ScriptedServer("\"SASL\" \"PLAIN\"\r\n", null);

        assertThatThrownBy(() -> connect(null))
                .isInstanceOf(ManageSieveException.class)
                .hasMessageContaining("connection closed");
    }

    @Test
    void quotingEscapesBackslashAndDoubleQuote() {
        assertThat(ManageSieveClient.quote("a\\b\"c")).isEqualTo("\"a\\\\b\\\"c\"");
    }

    /**
     * Accepts one connection, sends the greeting, answers each command by its first word and hangs up at the first
     * command it has no answer for (at once after the greeting when there are no answers).
     */
    private static final class ScriptedServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final List<String> received = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;

        ScriptedServer(String greeting, Map<String, String> answers) throws IOException {
            thread = new Thread(() -> serve(greeting, answers), "scripted-managesieve");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<String> received() throws InterruptedException {
            thread.join(5000);
            return List.copyOf(received);
        }

        private void serve(String greeting, Map<String, String> answers) {
            try (Socket client = socket.accept()) {
                OutputStream out = client.getOutputStream();
                out.write(greeting.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (answers == null) {
                    return;
                }
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    received.add(line);
                    String answer = answers.get(line.split(" ")[0]);
                    if (answer == null) {
                        return;
                    }
                    out.write(answer.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                // the client hung up
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
