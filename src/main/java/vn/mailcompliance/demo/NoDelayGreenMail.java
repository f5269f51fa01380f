package vn.mailcompliance.demo;

import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail serving IMAP only, with TCP_NODELAY on every connection. GreenMail writes a response in several small
 * writes; under Nagle's algorithm each waits for the client's delayed ACK, about 40 ms per command, which made the demo
 * scan eight times slower than the client can go.
 */
final class NoDelayGreenMail extends GreenMail {

    NoDelayGreenMail(ServerSetup imap) {
        super(imap);
    }

    /** The port the IMAP service listens on ({@code getImap()} would expect GreenMail's own, final, server class). */
    int imapPort() {
        return services.get(ServerSetup.PROTOCOL_IMAP).getPort();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = new HashMap<>();
        for (ServerSetup setup : config) {
            services.put(setup.getProtocol(), new AbstractServer(setup, managers) {
                @Override
                protected ProtocolHandler createProtocolHandler(Socket socket) {
                    try {
                        socket.setTcpNoDelay(true);
                    } catch (SocketException e) {
                        throw new UncheckedIOException(e);
                    }
                    return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket);
                }
            });
        }
        return services;
    }
}
