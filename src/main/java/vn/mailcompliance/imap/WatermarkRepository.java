package vn.mailcompliance.imap;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** How far each folder of each mailbox has been read (table {@code scan_watermark}). */
@Repository
public class WatermarkRepository {

    private final JdbcClient jdbc;

    WatermarkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Watermark> forMailbox(String address) {
        Map<String, Watermark> watermarks = new LinkedHashMap<>();
        jdbc.sql("SELECT folder, uid_validity, last_uid FROM scan_watermark WHERE address = :address ORDER BY folder")
                .param("address", address)
                .query(rs -> {
                    Watermark w = new Watermark(rs.getString("folder"), rs.getLong("uid_validity"),
                            rs.getLong("last_uid"));
                    watermarks.put(w.folder(), w);
                });
        return watermarks;
    }

    /** Stores the watermarks a scan reached; folders that no longer exist keep theirs, harmlessly. */
    @Transactional
    public void save(String address, MailboxScan scan, LocalDateTime now) {
        for (MailboxScan.FolderResult folder : scan.folders()) {
            int updated = jdbc.sql("""
                            UPDATE scan_watermark SET uid_validity = :validity, last_uid = :lastUid, scanned_at = :now
                            WHERE address = :address AND folder = :folder
                            """)
                    .param("validity", folder.uidValidity()).param("lastUid", folder.lastUid()).param("now", now)
                    .param("address", address).param("folder", folder.folder())
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                                INSERT INTO scan_watermark (address, folder, uid_validity, last_uid, scanned_at)
                                VALUES (:address, :folder, :validity, :lastUid, :now)
                                """)
                        .param("address", address).param("folder", folder.folder())
                        .param("validity", folder.uidValidity()).param("lastUid", folder.lastUid()).param("now", now)
                        .update();
            }
        }
    }
}
