package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeptHeadersTest {

    private final List<String> stored = new ArrayList<>();

    private final HeaderKeeper keeper = new HeaderKeeper() {
        @Override
        public Runnable keep(String address, List<MessageHeader> headers) {
            String uids = headers.stream().map(h -> String.valueOf(h.uid())).toList().toString();
            return () -> stored.add(address + " " + uids);
        }

        @Override
        public Runnable folderReset(String address, String folder, long newUidValidity) {
            return () -> stored.add(address + " reset " + folder + " " + newUidValidity);
        }
    };

    private static MessageHeader header(long uid) {
        return new MessageHeader("INBOX", 7L, uid, Instant.parse("2026-10-01T01:00:00Z"), false, "a@b.vn", null,
                "x", List.of(), false);
    }

    @Test
    void nothingIsStoredWhileTheMailboxIsRead() {
        KeptHeaders kept = new KeptHeaders(List.of(keeper));

        kept.folderReset("an@most.gov.vn", "INBOX", 8L);
        kept.accept("an@most.gov.vn", List.of(header(1), header(2)));

        assertThat(stored).isEmpty();
    }

    @Test
    void storeWritesWhatEachKeeperKeptInTheOrderItWasRead() {
        KeptHeaders kept = new KeptHeaders(List.of(keeper, keeper));
        kept.folderReset("an@most.gov.vn", "INBOX", 8L);
        kept.accept("an@most.gov.vn", List.of(header(1), header(2)));

        kept.store();

        assertThat(stored).containsExactly("an@most.gov.vn reset INBOX 8", "an@most.gov.vn reset INBOX 8",
                "an@most.gov.vn [1, 2]", "an@most.gov.vn [1, 2]");
    }
}
