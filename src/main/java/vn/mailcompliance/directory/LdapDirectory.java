package vn.mailcompliance.directory;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

import javax.net.ssl.TrustManager;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;

/**
 * An LDAP directory as the LDAP sources read it (UnboundID LDAP SDK): one connection per read ({@code ldap://},
 * {@code ldaps://}, or {@code ldap://} upgraded with StartTLS), bound as {@code compliance.directory.username}, only
 * searched — never written — with the simple paged results control, so a server's size limit (Active Directory's
 * MaxPageSize of 1,000) never cuts the read short. Every failure to read at all becomes a
 * {@link DirectoryUnavailableException} naming host, port and base DN, never the password.
 */
final class LdapDirectory {

    /** Entries per page: below the 1,000 that Active Directory and many OpenLDAP set as their size limit. */
    static final int PAGE_SIZE = 500;

    private final DirectoryProperties settings;
    private final String kind;
    private final String host;
    private final int port;
    private final boolean ssl;

    LdapDirectory(DirectoryProperties settings) {
        this.settings = settings;
        this.kind = settings.kind().label();
        URI uri = URI.create(settings.url().strip());
        this.ssl = uri.getScheme().equalsIgnoreCase("ldaps");
        this.host = uri.getHost();
        this.port = uri.getPort() > 0 ? uri.getPort() : ssl ? 636 : 389;
    }

    String baseDn() {
        return settings.baseDn().strip();
    }

    /** "the zimbra directory at mail.example.vn:389 (base DN dc=most,dc=gov,dc=vn)". */
    String description() {
        return "the " + kind + " directory at " + host + ":" + port + " (base DN " + baseDn() + ")";
    }

    /** Connects, binds, hands the session to {@code work}, and closes the connection. */
    void read(Consumer<Session> work) {
        try (LDAPConnection connection = connect()) {
            bind(connection);
            work.accept(new Session(connection));
        }
    }

    private LDAPConnection connect() {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) settings.timeout().toMillis());
        options.setResponseTimeoutMillis(settings.timeout().toMillis());
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        try {
            if (ssl) {
                return new LDAPConnection(sslUtil().createSSLSocketFactory(), options, host, port);
            }
            LDAPConnection connection = new LDAPConnection(options, host, port);
            if (settings.startTls()) {
                startTls(connection);
            }
            return connection;
        } catch (LDAPException e) {
            throw new DirectoryUnavailableException("Cannot reach " + description() + ": " + reason(e)
                    + ". Check compliance.directory.url (and compliance.directory.start-tls, trust-store) and that"
                    + " the LDAP server accepts connections from this machine.", e);
        } catch (GeneralSecurityException e) {
            throw new DirectoryUnavailableException("Cannot set up TLS for " + description() + ": " + e.getMessage()
                    + ". Check compliance.directory.trust-store.", e);
        }
    }

    private void startTls(LDAPConnection connection) throws LDAPException, GeneralSecurityException {
        var result = connection.processExtendedOperation(new StartTLSExtendedRequest(sslUtil().createSSLContext()));
        if (result.getResultCode() != ResultCode.SUCCESS) {
            connection.close();
            throw new LDAPException(result.getResultCode(), "StartTLS refused: " + result.getDiagnosticMessage());
        }
    }

    private SSLUtil sslUtil() {
        DirectoryProperties.TrustStore store = settings.trustStore();
        TrustManager trust = store == null || store.path() == null
                ? JVMDefaultTrustManager.getInstance()
                : new TrustStoreTrustManager(store.path().toFile(),
                        store.password() == null ? null : store.password().toCharArray(), store.type(), true);
        return new SSLUtil(trust);
    }

    private void bind(LDAPConnection connection) {
        String dn = settings.username();
        if (dn == null || dn.isBlank()) {
            return;
        }
        try {
            connection.bind(dn.strip(), settings.password() == null ? "" : settings.password());
        } catch (LDAPException e) {
            connection.close();
            String fix = e.getResultCode() == ResultCode.INVALID_CREDENTIALS
                    ? "Check compliance.directory.username (the bind DN) and compliance.directory.password."
                    : "Check compliance.directory.username and password, and that the server allows this bind.";
            throw new DirectoryUnavailableException(description() + " refused the bind of " + dn.strip() + ": "
                    + reason(e) + ". " + fix, e);
        }
    }

    private static String reason(LDAPException e) {
        String diagnostic = e.getDiagnosticMessage();
        return e.getResultCode().getName()
                + (diagnostic == null || diagnostic.isBlank() ? "" : " (" + diagnostic.strip() + ")");
    }

    /** A bound connection, searched only. */
    final class Session {

        private final LDAPConnection connection;
        private Schema schema;
        private boolean schemaRead;

        private Session(LDAPConnection connection) {
            this.connection = connection;
        }

        /** Every entry matching {@code filter} below {@code base}, page by page. */
        void search(String base, String filter, List<String> attributes, Consumer<SearchResultEntry> each) {
            ASN1OctetString cookie = null;
            do {
                SearchRequest request;
                SearchResult page;
                try {
                    request = new SearchRequest(base, SearchScope.SUB, filter, attributes.toArray(String[]::new));
                    request.setControls(new SimplePagedResultsControl(PAGE_SIZE, cookie, true));
                    page = connection.search(request);
                } catch (LDAPException e) {
                    throw searchFailure(base, filter, e);
                }
                page.getSearchEntries().forEach(each);
                try {
                    SimplePagedResultsControl response = SimplePagedResultsControl.get(page);
                    cookie = response == null ? null : response.getCookie();
                } catch (LDAPException e) {
                    throw searchFailure(base, filter, e);
                }
            } while (cookie != null && cookie.getValueLength() > 0);
        }

        /**
         * Like {@link #search}, numbering the entries from 1 in the order read, as the row a rejection names (one page
         * after another, so the number goes on across pages).
         */
        void searchNumbered(String base, String filter, List<String> attributes,
                            ObjIntConsumer<SearchResultEntry> each) {
            int[] row = {0};
            search(base, filter, attributes, entry -> each.accept(entry, ++row[0]));
        }

        /** The first value of one attribute of the entry {@code dn}; {@code null} when it or the entry is absent. */
        String attribute(String dn, String attribute) {
            try {
                SearchResultEntry entry = connection.getEntry(dn, attribute);
                return entry == null ? null : entry.getAttributeValue(attribute);
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return null;
                }
                throw searchFailure(dn, "(objectClass=*)", e);
            }
        }

        /** Like {@link #search}, but an absent base is no entry rather than a failure. */
        void searchIfPresent(String base, String filter, List<String> attributes, Consumer<SearchResultEntry> each) {
            try {
                if (connection.getEntry(base, "1.1") == null) {
                    return;
                }
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return;
                }
                throw searchFailure(base, filter, e);
            }
            search(base, filter, attributes, each);
        }

        /**
         * Stops the read when the server's schema lacks one of the attributes, each named with the setting that
         * chose it, so a wrong kind or mapping is a configuration error rather than a directory of empty entries.
         */
        void requireAttributes(List<String> attributes, String setting) {
            Schema serverSchema = schema();
            if (serverSchema == null) {
                return;
            }
            List<String> missing = new ArrayList<>();
            for (String attribute : attributes) {
                if (attribute != null && !attribute.isBlank() && serverSchema.getAttributeType(attribute) == null) {
                    missing.add(attribute);
                }
            }
            if (!missing.isEmpty()) {
                throw new DirectoryUnavailableException(description() + " has no attribute " + String.join(", ",
                        missing) + " in its schema. Check " + setting + ".");
            }
        }

        private Schema schema() {
            if (!schemaRead) {
                schemaRead = true;
                try {
                    schema = connection.getSchema();
                } catch (LDAPException e) {
                    schema = null;
                }
            }
            return schema;
        }

        private DirectoryUnavailableException searchFailure(String base, String filter, LDAPException e) {
            ResultCode code = e.getResultCode();
            if (code == ResultCode.NO_SUCH_OBJECT) {
                return new DirectoryUnavailableException("Cannot read " + description() + ": the entry " + base
                        + " does not exist. Check compliance.directory.base-dn.", e);
            }
            if (code == ResultCode.FILTER_ERROR) {
                return new DirectoryUnavailableException("Cannot read " + description() + ": the filter " + filter
                        + " is not valid (" + reason(e) + "). Check compliance.directory.ldap.", e);
            }
            return new DirectoryUnavailableException("Cannot read " + description() + " below " + base + " with "
                    + filter + ": " + reason(e) + ". Check that the bind DN of compliance.directory.username may"
                    + " search there" + (code == ResultCode.SIZE_LIMIT_EXCEEDED
                    ? " and that the server supports the paged results control" : "") + ".", e);
        }
    }
}
