package vn.mailcompliance.sentmail;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.check.Policy;
import vn.mailcompliance.imap.HeaderKeeper;
import vn.mailcompliance.imap.MessageHeader;

/**
 * Keeps, for the scan step's writer to store, every message the scan reads in a sent folder
 * ({@link MessageHeader#sent()} set): when, how it is protected, how many recipients and which are outside the
 * official domains. Headers of other folders are not its concern.
 */
@Component
class SentMailHeaderSink implements HeaderKeeper {

    private final SentMailRepository repository;
    private final Policy policy;

    SentMailHeaderSink(SentMailRepository repository, Policy policy) {
        this.repository = repository;
        this.policy = policy;
    }

    @Override
    public Runnable keep(String address, List<MessageHeader> headers) {
        List<SentMessage> sent = headers.stream().filter(h -> h.sent() != null).map(this::toSentMessage).toList();
        return () -> repository.add(address, sent);
    }

    @Override
    public Runnable folderReset(String address, String folder, long newUidValidity) {
        return () -> repository.forgetOtherUidValidities(address, folder, newUidValidity);
    }

    SentMessage toSentMessage(MessageHeader header) {
        List<String> recipients = header.sent().recipients();
        List<String> external = recipients.stream().distinct()
                .filter(r -> !policy.organization().isOfficial(domain(r))).toList();
        boolean toFreeWebmail = external.stream().anyMatch(r -> policy.isFreeWebmail(domain(r)));
        return new SentMessage(header.folder(), header.uidValidity(), header.uid(), header.internalDate(),
                MessageSecurity.of(header.sent().contentType()), recipients.size(), external,
                toFreeWebmail ? (header.subject() == null ? "" : header.subject()) : null);
    }

    private static String domain(String address) {
        return address.substring(address.indexOf('@') + 1);
    }
}
