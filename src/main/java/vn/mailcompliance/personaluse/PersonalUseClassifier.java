package vn.mailcompliance.personaluse;

import vn.mailcompliance.imap.MessageHeader;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * Attributes one message to a personal service from its headers: From address → registrable domain (or an exact
 * sender of the rules) → service. The display name is never used. The subject gives the {@link MessageKind}; the
 * Authentication-Results of our own (trusted) servers give the {@link Authenticity}. Thread-safe; never throws on
 * malformed headers (missing From or Subject, garbage addresses): such a message simply yields no evidence.
 */
final class PersonalUseClassifier {

    private static final System.Logger LOG = System.getLogger(PersonalUseClassifier.class.getName());

    private final ServiceCatalog catalog;
    private final AuthenticationResults authentication;

    /**
     * @param trustedAuthservIds authserv-ids of our own MTAs ({@code compliance.personal-use.trusted-authserv-ids});
     *                           empty: every message is {@link Authenticity#UNVERIFIED}, so nothing is CONFIRMED
     */
    public PersonalUseClassifier(ServiceCatalog catalog, Collection<String> trustedAuthservIds) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.authentication = new AuthenticationResults(trustedAuthservIds);
    }

    public Optional<Evidence> classify(MessageHeader h) {
        if (h == null || h.fromAddress() == null || h.fromAddress().isBlank()) {
            return Optional.empty();
        }
        try {
            Optional<Service> service = catalog.forSender(h.fromAddress());
            if (service.isEmpty()) {
                return Optional.empty();
            }
            MessageKind kind = SubjectClassifier.classify(h.subject());
            String fromHost = SenderDomain.host(h.fromAddress()).orElse(null);
            List<String> ar = h.authenticationResults() == null ? List.of() : h.authenticationResults();
            Authenticity authenticity = authentication.evaluate(ar, fromHost);
            Service s = service.get();
            return Optional.of(new Evidence(s.name(), s.category(), kind, authenticity, h.internalDate(), h.subject(),
                    h.folder(), h.uidValidity(), h.uid()));
        } catch (RuntimeException e) {
            // defensive: a bug here must not stop a mailbox scan; the message is reported as not attributed
            LOG.log(System.Logger.Level.WARNING, "personal-use classification failed for " + h.folder() + " uid "
                    + h.uid() + ": " + e);
            return Optional.empty();
        }
    }

    public ServiceCatalog catalog() {
        return catalog;
    }
}
