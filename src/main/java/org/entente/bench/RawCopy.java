package org.entente.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.entente.db.DatabaseException;
import org.entente.db.Warehouse;
import org.entente.load.FactLoader;
import org.jooq.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The physical limit: the core rows a loader wrote, exported to files with COPY and copied back
 * with plain COPY into the same tables of a fresh warehouse, in one transaction.
 */
final class RawCopy {
    /** How many rows were copied and how long it took, commit included. */
    record Timing(long rows, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private RawCopy() {
    }

    /** Writes every loader table of {@code from} into {@code dir}, one COPY text file a table. */
    static void export(Warehouse from, Path dir) {
        try (Connection c = from.dataSource().getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Table<?> t : FactLoader.TABLES) {
                try (OutputStream out = Files.newOutputStream(file(dir, t))) {
                    copy.copyOut("copy " + name(from, c, t) + " to stdout", out);
                }
            }
        } catch (SQLException | IOException e) {
            throw new DatabaseException("cannot export the loaded rows: " + e.getMessage(), e);
        }
    }

    /** Copies the exported files into {@code to}'s tables, which must be empty. */
    static Timing load(Path dir, Warehouse to) {
        try (Connection c = to.dataSource().getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long started = System.nanoTime();
            long rows = 0;
            for (Table<?> t : FactLoader.TABLES) {
                try (InputStream in = Files.newInputStream(file(dir, t))) {
                    rows += copy.copyIn("copy " + name(to, c, t) + " from stdin", in, 1 << 16);
                }
            }
            c.commit();
            return new Timing(rows, (System.nanoTime() - started) / 1e9);
        } catch (SQLException | IOException e) {
            throw new DatabaseException("raw COPY failed: " + e.getMessage(), e);
        }
    }

    private static Path file(Path dir, Table<?> t) {
        return dir.resolve(t.getName() + ".copy");
    }

    private static String name(Warehouse w, Connection c, Table<?> t) {
        return w.dsl(c).render(t);
    }
}
