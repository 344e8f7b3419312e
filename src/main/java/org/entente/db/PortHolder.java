package org.entente.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Says who holds a port the embedded server was asked to use, so that the refusal tells what to do. */
final class PortHolder {
    private PortHolder() {
    }

    static String describe(int port, Path wanted) {
        String dataDir = dataDirectoryOn(port);
        if (dataDir == null) {
            return "port " + port + " is in use by another program; choose another with --port";
        }
        Path other = Path.of(dataDir);
        String pid = ServerFile.running(other).map(s -> "Entente process " + s.pid() + " (" + s.command() + ")")
                .orElseGet(() -> "PostgreSQL process " + postmasterPid(other));
        boolean same = sameFile(other, wanted);
        return "port " + port + " is held by " + pid + ", serving data directory " + dataDir
                + (same ? " (this one: stop that process or use it)" : "; choose another port with --port");
    }

    /** True when the PostgreSQL on {@code port} runs {@code dataDir}. */
    static boolean serves(int port, Path dataDir) {
        try {
            // postmaster.pid's fourth line is the port; it is there before the server accepts connections.
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            if (lines.size() > 3 && lines.get(3).strip().equals(Integer.toString(port))) {
                return true;
            }
        } catch (IOException e) {
            // No server of that data directory is running or starting.
        }
        String other = dataDirectoryOn(port);
        return other != null && sameFile(Path.of(other), dataDir);
    }

    /** The data directory of a PostgreSQL on {@code port} that trusts loopback (an embedded one), or null. */
    private static String dataDirectoryOn(int port) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=3",
                "postgres", null);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show data_directory")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static String postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? "?" : lines.get(0).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
