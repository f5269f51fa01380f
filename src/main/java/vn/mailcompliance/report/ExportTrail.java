package vn.mailcompliance.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.mailcompliance.settings.ComplianceProperties;

/**
 * The access trail of personal data (table {@code export_trail}): every workbook exported, who ran it (the OS user of
 * the process), when, for which range and units, and the file. A writer calls {@link #record} once per workbook it
 * has written; the audit export lists the trail on its Scope sheet.
 */
@Repository
public class ExportTrail {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ExportTrail(JdbcClient jdbc, ComplianceProperties settings) {
        this.jdbc = jdbc;
        this.zone = settings.zone();
    }

    /**
     * Records one export, now, as run by the process's OS user.
     *
     * @param kind  {@code audit}, {@code monthly} or {@code unit}
     * @param units the units exported; empty for all units
     */
    public Export record(String kind, LocalDate from, LocalDate to, Collection<String> units, Path file) {
        Export export = new Export(LocalDateTime.now(zone), osUser(), kind, from, to,
                units.stream().sorted().distinct().toList(), file.toAbsolutePath().normalize().toString());
        jdbc.sql("""
                        INSERT INTO export_trail (exported_at, os_user, kind, range_from, range_to, units, file)
                        VALUES (:at, :user, :kind, :from, :to, :units, :file)""")
                .param("at", export.exportedAt()).param("user", export.osUser()).param("kind", kind)
                .param("from", from).param("to", to).param("units", String.join(",", export.units()))
                .param("file", export.file())
                .update();
        return export;
    }

    /** Every export recorded, newest first. */
    public List<Export> all() {
        return jdbc.sql("SELECT * FROM export_trail ORDER BY exported_at DESC, id DESC")
                .query((rs, n) -> new Export(rs.getObject("exported_at", LocalDateTime.class),
                        rs.getString("os_user"), rs.getString("kind"), rs.getObject("range_from", LocalDate.class),
                        rs.getObject("range_to", LocalDate.class), units(rs.getString("units")),
                        rs.getString("file")))
                .list();
    }

    /** Forgets the exports recorded before {@code cutoff}; returns how many. */
    public int purgeBefore(LocalDateTime cutoff) {
        return jdbc.sql("DELETE FROM export_trail WHERE exported_at < :cutoff").param("cutoff", cutoff).update();
    }

    /** The operating-system user running this process: who exported, as the trail names them. */
    static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "(unknown)" : user;
    }

    private static List<String> units(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
