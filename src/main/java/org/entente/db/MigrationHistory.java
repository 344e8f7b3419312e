package org.entente.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Whether a database already holds every migration of this jar, as Flyway's history table records
 * them: same scripts, same checksums (Flyway's own: a CRC32 of the lines), all successful. A reload of
 * a current warehouse then skips Flyway, whose start and validation cost about a second; anything else
 * (a new script, a changed one, a failed one, no history) goes to Flyway, which migrates or says why not.
 */
final class MigrationHistory {
    private MigrationHistory() {
    }

    static boolean current(DataSource dataSource) {
        Map<String, Integer> applied = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             // Rows in install order: a repeatable script's latest application comes last and wins.
             ResultSet rs = st.executeQuery("select script, checksum, success from flyway_schema_history "
                     + "where type <> 'SCHEMA' order by installed_rank")) {
            while (rs.next()) {
                if (!rs.getBoolean(3)) {
                    return false;
                }
                applied.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            return false; // No history table (a new database) or no right to read it: Flyway decides.
        }
        Map<String, Integer> expected = new HashMap<>();
        MigrationVersions.scripts().forEach((name, text) -> expected.put(name, checksum(text)));
        return applied.equals(expected);
    }

    /** Flyway's checksum of a SQL script: CRC32 of each line's UTF-8 bytes, without line breaks or a leading BOM. */
    static int checksum(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1)
                : text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
