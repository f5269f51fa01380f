package vn.mailcompliance.imap;

import java.util.List;

/**
 * Takes the headers a mailbox scan reads, batch by batch, as they come. A mailbox whose scan fails half-way is read
 * again later from its last stored watermark, so an implementation must accept seeing a header twice.
 */
public interface HeaderSink {

    void accept(String address, List<MessageHeader> headers);
}
