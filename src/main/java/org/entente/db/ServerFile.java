package org.entente.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The file {@code entente-server.properties} in an embedded data directory: which process runs its
 * server and on which port, so that other commands connect to it instead of starting their own.
 *
 * @param pid the Java process that started the server
 * @param port the port the server listens on (loopback at least)
 * @param command the Entente command that runs it (serve, schedule, reload ...)
 */
public record ServerFile(long pid, int port, String command) {
    public static final String NAME = "entente-server.properties";

    /** The server of {@code dataDir} when its file names a live process whose port answers. */
    public static Optional<ServerFile> running(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            ServerFile s = new ServerFile(Long.parseLong(p.getProperty("pid")), Integer.parseInt(p.getProperty("port")),
                    p.getProperty("command", "?"));
            boolean alive = ProcessHandle.of(s.pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && answers(s.port) ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Half-written or stale: its owner is gone or still starting; either way, not a server to use.
            return Optional.empty();
        }
    }

    /** True when something accepts connections on loopback at {@code port}. */
    static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes this file into {@code dataDir}, replacing it whole so that a reader never sees half of it. */
    void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("port", Integer.toString(port));
        p.setProperty("command", command);
        Path tmp = Files.createTempFile(dataDir, NAME, ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Entente: the process that runs this data directory's PostgreSQL; other commands connect to it");
        }
        Files.move(tmp, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException e) {
            // A stale file is harmless: readers check that its process is alive.
        }
    }
}
