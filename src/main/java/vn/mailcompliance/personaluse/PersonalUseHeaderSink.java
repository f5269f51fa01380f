package vn.mailcompliance.personaluse;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mailcompliance.imap.HeaderKeeper;
import vn.mailcompliance.imap.MessageHeader;

/**
 * Classifies every header a mailbox scan reads and keeps, for the scan step's writer to store, what is attributed to
 * a personal service, forged mail included (it is shown to auditors, never counted). Unattributed mail leaves no
 * trace. A folder's new UIDVALIDITY forgets nothing: the evidence of completed periods stays as their reports used it
 * ({@link EvidenceRepository}).
 */
@Component
class PersonalUseHeaderSink implements HeaderKeeper {

    private final PersonalUseClassifier classifier;
    private final EvidenceRepository evidence;

    PersonalUseHeaderSink(PersonalUseClassifier classifier, EvidenceRepository evidence) {
        this.classifier = classifier;
        this.evidence = evidence;
    }

    @Override
    public Runnable keep(String address, List<MessageHeader> headers) {
        List<Evidence> found = headers.stream().map(classifier::classify).flatMap(Optional::stream).toList();
        return () -> evidence.add(address, found);
    }
}
