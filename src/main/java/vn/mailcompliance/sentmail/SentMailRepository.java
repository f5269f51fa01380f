package vn.mailcompliance.sentmail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.mailcompliance.check.SentMail;
import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.shared.StreamingQueries;

/**
 * Sent mail of every mailbox (table {@code sent_message}), kept across months, and its per-period figures
 * ({@code sent_mail_period}). A message is stored once: read again by a rescan it is ignored.
 */
@Repository
public class SentMailRepository {

    private static final int MAX_SUBJECT = 998;
    private static final int MAX_EXTERNAL = 4000;

    private static final String INSERT = """
            INSERT IGNORE INTO sent_message (address, folder, uid_validity, uid, sent_at, security, recipients,
                                             external_recipients, subject)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final ZoneId zone;
    private volatile JdbcClient streaming;

    SentMailRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc, ComplianceProperties settings) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.zone = settings.zone();
    }

    public void add(String address, List<SentMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate(INSERT, messages, messages.size(), (ps, m) -> {
            ps.setString(1, address);
            ps.setString(2, m.folder());
            ps.setLong(3, m.uidValidity());
            ps.setLong(4, m.uid());
            ps.setObject(5, m.sentAt() == null ? null : LocalDateTime.ofInstant(m.sentAt(), zone));
            ps.setString(6, m.security().name());
            ps.setInt(7, m.recipients());
            ps.setString(8, m.externalRecipients().isEmpty() ? null : cut(String.join(",", m.externalRecipients()),
                    MAX_EXTERNAL));
            ps.setString(9, cut(m.subject(), MAX_SUBJECT));
        });
    }

    /** Forgets a folder's messages stored under any other UIDVALIDITY: the rescan that follows stores them again. */
    public int forgetOtherUidValidities(String address, String folder, long uidValidity) {
        return jdbc.sql("""
                        DELETE FROM sent_message
                        WHERE address = :address AND folder = :folder AND uid_validity <> :validity
                        """)
                .param("address", address).param("folder", folder).param("validity", uidValidity)
                .update();
    }

    /** Deletes the sent messages (recipients, subjects) sent before {@code cutoff}; returns how many. */
    public int purgeSentBefore(LocalDateTime cutoff) {
        return jdbc.sql("DELETE FROM sent_message WHERE sent_at < :cutoff").param("cutoff", cutoff).update();
    }

    /** Deletes the per-mailbox figures of periods before {@code period}; returns how many rows. */
    public int purgePeriodsBefore(YearMonth period) {
        return jdbc.sql("DELETE FROM sent_mail_period WHERE period < :period").param("period", period.toString())
                .update();
    }

    /**
     * What the mailboxes sent from the start of {@code period} up to {@code upTo}, for a pass over the whole directory:
     * the counts of every mailbox are read at once; the messages with external recipients are read for a few hundred
     * mailboxes at a time, those that follow the one asked for in address order, so that memory stays bounded by the
     * directory rather than by the period's mail.
     */
    public PeriodSentMail sentIn(YearMonth period, Instant upTo) {
        return new PeriodSentMail(period.atDay(1).atStartOfDay(), LocalDateTime.ofInstant(upTo, zone));
    }

    /** What each mailbox sent in one period (see {@link #sentIn}); for one thread at a time. */
    public final class PeriodSentMail {

        /** Mailboxes whose external mail one query reads. */
        static final int WINDOW = 500;

        private static final int SENT = 0;
        private static final int SIGNED = 1;
        private static final int ENCRYPTED = 2;
        private static final int OPEN_PGP = 3;
        private static final int EXTERNAL = 4;

        private final LocalDateTime from;
        private final LocalDateTime upTo;
        /** By address in lower case (as the column's collation compares them), of the mailboxes that sent any. */
        private final Map<String, int[]> counts = new HashMap<>();
        /** The mailboxes that sent any message with external recipients, in address order. */
        private final String[] withExternal;
        private Map<String, List<SentMail.ExternalMail>> external = Map.of();

        private PeriodSentMail(LocalDateTime from, LocalDateTime upTo) {
            this.from = from;
            this.upTo = upTo;
            jdbc.sql("""
                            SELECT address, security, COUNT(*) AS n, COUNT(external_recipients) AS external
                            FROM sent_message
                            WHERE sent_at >= :from AND sent_at <= :upTo
                            GROUP BY address, security
                            """)
                    .param("from", from)
                    .param("upTo", upTo)
                    .query(rs -> {
                        int[] mailbox = counts.computeIfAbsent(key(rs.getString("address")), a -> new int[5]);
                        int n = rs.getInt("n");
                        mailbox[SENT] += n;
                        switch (MessageSecurity.valueOf(rs.getString("security"))) {
                            case SMIME_SIGNED -> mailbox[SIGNED] += n;
                            case SMIME_ENCRYPTED -> mailbox[ENCRYPTED] += n;
                            case OPENPGP_SIGNED, OPENPGP_ENCRYPTED -> mailbox[OPEN_PGP] += n;
                            case NONE -> { }
                        }
                        mailbox[EXTERNAL] += rs.getInt("external");
                    });
            this.withExternal = counts.entrySet().stream().filter(e -> e.getValue()[EXTERNAL] > 0)
                    .map(Map.Entry::getKey).sorted().toArray(String[]::new);
        }

        /** What the mailbox sent in the period ({@link SentMail#NONE} when nothing). */
        public SentMail of(String address) {
            String key = key(address);
            int[] mailbox = counts.get(key);
            if (mailbox == null) {
                return SentMail.NONE;
            }
            List<SentMail.ExternalMail> mails = List.of();
            if (mailbox[EXTERNAL] > 0) {
                if (!external.containsKey(key)) {
                    readExternalFrom(key);
                }
                mails = external.getOrDefault(key, List.of());
            }
            return new SentMail(mailbox[SENT], mailbox[SIGNED], mailbox[ENCRYPTED], mailbox[OPEN_PGP], mails);
        }

        /** Reads the external mail of the mailbox and of those that follow it, replacing what was read before. */
        private void readExternalFrom(String key) {
            int first = Arrays.binarySearch(withExternal, key); // there: the mailbox has external mail
            List<String> addresses = Arrays.asList(withExternal)
                    .subList(first, Math.min(withExternal.length, first + WINDOW));
            Map<String, List<SentMail.ExternalMail>> read = new HashMap<>();
            addresses.forEach(address -> read.put(address, new ArrayList<>()));
            jdbc.sql("""
                            SELECT address, sent_at, external_recipients FROM sent_message
                            WHERE address IN (:addresses) AND sent_at >= :from AND sent_at <= :upTo
                              AND external_recipients IS NOT NULL
                            ORDER BY sent_at, folder, uid
                            """)
                    .param("addresses", addresses)
                    .param("from", from)
                    .param("upTo", upTo)
                    .query(rs -> {
                        LocalDateTime sentAt = rs.getObject("sent_at", LocalDateTime.class);
                        read.computeIfAbsent(key(rs.getString("address")), a -> new ArrayList<>())
                                .add(new SentMail.ExternalMail(sentAt == null ? null : sentAt.atZone(zone).toInstant(),
                                        Arrays.asList(rs.getString("external_recipients").split(","))));
                    });
            external = read;
        }

        private static String key(String address) {
            return address.toLowerCase(Locale.ROOT);
        }
    }

    /** Stores every mailbox's figures of {@code period} (sent from its start up to {@code upTo}), replacing earlier ones. */
    @Transactional
    public int summarize(YearMonth period, Instant upTo) {
        jdbc.sql("DELETE FROM sent_mail_period WHERE period = :period").param("period", period.toString()).update();
        return jdbc.sql("""
                        INSERT INTO sent_mail_period (period, address, unit_code, sent, signed, encrypted, open_pgp)
                        SELECT :period, m.address, MAX(a.unit_code), COUNT(*),
                               SUM(CASE WHEN m.security = 'SMIME_SIGNED' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN m.security = 'SMIME_ENCRYPTED' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN m.security LIKE 'OPENPGP%' THEN 1 ELSE 0 END)
                        FROM sent_message m LEFT JOIN account a ON a.address = m.address
                        WHERE m.sent_at >= :from AND m.sent_at <= :upTo
                        GROUP BY m.address
                        """)
                .param("period", period.toString())
                .param("from", period.atDay(1).atStartOfDay())
                .param("upTo", LocalDateTime.ofInstant(upTo, zone))
                .update();
    }

    /** Each unit's sent-mail figures of a summarised period, by unit code. */
    public Map<String, SentMail> unitFigures(YearMonth period) {
        Map<String, SentMail> units = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT unit_code, SUM(sent) AS sent, SUM(signed) AS signed, SUM(encrypted) AS encrypted,
                               SUM(open_pgp) AS open_pgp
                        FROM sent_mail_period WHERE period = :period AND unit_code IS NOT NULL
                        GROUP BY unit_code ORDER BY unit_code
                        """)
                .param("period", period.toString())
                .query(rs -> {
                    units.put(rs.getString("unit_code"), new SentMail(rs.getInt("sent"), rs.getInt("signed"),
                            rs.getInt("encrypted"), rs.getInt("open_pgp"), List.of()));
                });
        return units;
    }

    /**
     * One sent message to a free-webmail address, for the auditors' export.
     *
     * @param sentAt local time in {@code compliance.zone}
     */
    public record WebmailMessage(String address, String unitCode, LocalDateTime sentAt, String externalRecipients,
                                 String subject) {
    }

    /**
     * The sent messages with a kept subject (those to a free-webmail address) in the date range (both days included),
     * of the given units only unless none is given, by unit, mailbox and time. Streamed, like the evidence export.
     */
    public Stream<WebmailMessage> streamToFreeWebmail(LocalDate from, LocalDate to, Collection<String> units) {
        String unitFilter = units.isEmpty() ? "" : " AND a.unit_code IN (:units)";
        var spec = streaming().sql("SELECT m.address, a.unit_code, m.sent_at, m.external_recipients, m.subject"
                        + " FROM sent_message m LEFT JOIN account a ON a.address = m.address"
                        + " WHERE m.subject IS NOT NULL AND m.sent_at >= :from AND m.sent_at < :to" + unitFilter
                        + " ORDER BY a.unit_code, m.address, m.sent_at, m.folder, m.uid")
                .param("from", from.atStartOfDay())
                .param("to", to.plusDays(1).atStartOfDay());
        if (!units.isEmpty()) {
            spec = spec.param("units", List.copyOf(units));
        }
        return spec.query((rs, n) -> new WebmailMessage(rs.getString("address"), rs.getString("unit_code"),
                rs.getObject("sent_at", LocalDateTime.class), rs.getString("external_recipients"),
                rs.getString("subject"))).stream();
    }

    private JdbcClient streaming() {
        if (streaming == null) {
            streaming = StreamingQueries.client(jdbcTemplate.getDataSource());
        }
        return streaming;
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
