package vn.mailcompliance.imap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.imap.SentFolderProperties;

class SentFoldersTest {

    private static final SentFolderProperties NAMES = new SentFolderProperties(List.of("Sent", "Sent Items", "Đã gửi"));

    private static FolderStatus folder(String name, boolean markedSent) {
        return new FolderStatus(name, '.', true, 1, 2, 1, -1, markedSent);
    }

    @Test
    void foldersTheServerMarksSentAreTheSentFoldersWhateverTheirNames() {
        assertThat(SentFolders.of(List.of(folder("INBOX", false), folder("Thư đi", true), folder("Sent", false)),
                NAMES)).containsExactly("Thư đi");
    }

    @Test
    void withoutAMarkFoldersAreKnownByNameCaseAndCompositionIgnoredAndByLastSegment() {
        String decomposed = Normalizer.normalize("Đã gửi", Normalizer.Form.NFD);
        assertThat(SentFolders.of(List.of(folder("INBOX", false), folder("sent items", false),
                folder("Archive." + decomposed, false), folder("Sent.2024", false), folder("Drafts", false)), NAMES))
                .containsExactlyInAnyOrder("sent items", "Archive." + decomposed);
    }

    @Test
    void aMailboxWithoutSentFoldersHasNone() {
        assertThat(SentFolders.of(List.of(folder("INBOX", false), folder("Archive", false)), NAMES)).isEmpty();
    }
}
