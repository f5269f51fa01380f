package vn.mailcompliance.sieve;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The redirect destinations of each mailbox's active Sieve script (tables {@code sieve_read}, {@code sieve_redirect}).
 * A read that fails keeps what the last successful read found and records why.
 */
@Repository
public class SieveRepository {

    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    SieveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what is known of a mailbox's rules: its active script (null for none) and its redirects. */
    @Transactional
    public void record(String address, String script, List<String> redirects, LocalDateTime readAt) {
        jdbc.sql("DELETE FROM sieve_redirect WHERE address = :address").param("address", address).update();
        for (String destination : redirects) {
            jdbc.sql("INSERT INTO sieve_redirect (address, destination) VALUES (:address, :destination)")
                    .param("address", address).param("destination", destination).update();
        }
        upsertRead(address, script, null, readAt);
    }

    /** Records that the rules could not be read; what was read before stays. */
    @Transactional
    public void failed(String address, String reason, LocalDateTime readAt) {
        String script = jdbc.sql("SELECT script FROM sieve_read WHERE address = :address").param("address", address)
                .query(String.class).optional().orElse(null);
        upsertRead(address, script, reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason, readAt);
    }

    /**
     * Every mailbox's redirect destinations in order, by address in lower case (as the column's collation compares
     * them); a mailbox without any is absent.
     */
    public Map<String, List<String>> redirectsByMailbox() {
        Map<String, List<String>> redirects = new HashMap<>();
        jdbc.sql("SELECT address, destination FROM sieve_redirect ORDER BY destination")
                .query(rs -> {
                    redirects.computeIfAbsent(rs.getString("address").toLowerCase(Locale.ROOT), a -> new ArrayList<>(1))
                            .add(rs.getString("destination"));
                });
        return redirects;
    }

    private void upsertRead(String address, String script, String error, LocalDateTime readAt) {
        jdbc.sql("DELETE FROM sieve_read WHERE address = :address").param("address", address).update();
        jdbc.sql("INSERT INTO sieve_read (address, read_at, script, error) VALUES (:address, :readAt, :script, :error)")
                .param("address", address).param("readAt", readAt).param("script", script).param("error", error)
                .update();
    }
}
