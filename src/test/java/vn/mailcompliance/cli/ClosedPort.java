package vn.mailcompliance.cli;

import java.io.IOException;
import java.net.ServerSocket;

/** A local port on which nothing listens: taken from the system, then released. */
final class ClosedPort {

    private ClosedPort() {
    }

    static int find() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
