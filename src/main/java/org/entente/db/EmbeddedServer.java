package org.entente.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The default database: real PostgreSQL binaries from the jar, whose data directory persists between
 * runs. One process runs it and says so in {@link ServerFile}; the other commands connect to it.
 */
public final class EmbeddedServer implements AutoCloseable {
    /** Where the data lives unless told otherwise: a git-ignored folder of the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of(".entente", "pgdata");
    public static final int DEFAULT_PORT = 54329;
    public static final String DATABASE = "entente";
    /** How long the process that runs a shared server waits, when it ends, for other commands using it. */
    static final Duration CLIENTS_GRACE = Duration.ofSeconds(60);
    /** How long a start may take; a first start runs initdb, longer than the library's 10 s on a busy machine. */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

    private final EmbeddedPostgres postgres;
    private final java.nio.channels.FileChannel ownership;
    private final Path dataDir;
    private final int port;
    private final boolean shared;
    private final String password;
    /**
     * Held by a process that uses a server another one runs, from joining to closing: the running process
     * waits for every Entente connection before it stops, and this one leaves no moment without one.
     */
    private final Connection presence;
    private boolean closed;

    private EmbeddedServer(EmbeddedPostgres postgres, java.nio.channels.FileChannel ownership, Path dataDir, int port,
                           boolean shared, String password, Connection presence) {
        this.postgres = postgres;
        this.ownership = ownership;
        this.dataDir = dataDir;
        this.port = port;
        this.shared = shared;
        this.password = password;
        this.presence = presence;
    }

    /** True when {@code dataDir} holds a PostgreSQL data directory (a warehouse was created there). */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve("PG_VERSION"));
    }

    /**
     * The server of {@code dataDir}: the one another Entente process runs (see {@link ServerFile}), else
     * one this process starts and announces. A process that is starting it meanwhile is waited for up
     * to {@code wait}.
     *
     * @param password the server user's password, needed only when the running server requires one
     */
    public static EmbeddedServer open(Path dataDir, int port, String listenAddresses, String command,
                                      String password, Duration wait) {
        // A first start runs initdb, which may take the whole startup wait on a busy machine: wait for it too.
        long deadline = System.nanoTime() + wait.plus(STARTUP_WAIT).toNanos();
        while (true) {
            Optional<ServerFile> running = ServerFile.running(dataDir);
            if (running.isPresent()) {
                Connection presence = presence(running.get().port(), password);
                // Still announced once connected: its process has not begun to stop, and will wait for this
                // connection. Withdrawn meanwhile: it may have counted its clients already; join the next one.
                if (presence != null && running.equals(ServerFile.running(dataDir))) {
                    return new EmbeddedServer(null, null, dataDir, running.get().port(), false, password, presence);
                }
                closeQuietly(presence);
                if (System.nanoTime() > deadline) {
                    throw new DatabaseException("the embedded PostgreSQL of " + dataDir + " kept stopping; gave up after "
                            + wait.plus(STARTUP_WAIT).toSeconds() + " s");
                }
                sleep(250);
                continue;
            }
            try {
                EmbeddedServer server = start(dataDir, port, listenAddresses, true);
                new ServerFile(ProcessHandle.current().pid(), server.port(), command).write(dataDir);
                return server;
            } catch (IOException e) {
                throw new DatabaseException("cannot announce the embedded PostgreSQL in " + dataDir + ": "
                        + e.getMessage(), e);
            } catch (ServerBusyException e) {
                // Another process holds the data directory: it is starting or stopping its server.
                if (System.nanoTime() > deadline) {
                    throw new DatabaseException(e.getMessage() + "; gave up after "
                            + wait.plus(STARTUP_WAIT).toSeconds() + " s", e);
                }
            }
            sleep(250);
        }
    }

    /** Starts a server of its own on {@code port} (0: any free port), creating the data directory the first time. */
    public static EmbeddedServer start(Path dataDir, int port, String listenAddresses) {
        EmbeddedServer server = start(dataDir, port, listenAddresses, false);
        // Not shared with other commands, so nothing needs to stop before it: stop it with the JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server::close), "embedded-postgres-stop"));
        return server;
    }

    private static EmbeddedServer start(Path dataDir, int port, String listenAddresses, boolean shared) {
        if (port > 0 && ServerFile.answers(port)) {
            if (PortHolder.serves(port, dataDir)) {
                throw new ServerBusyException("another process is starting the embedded PostgreSQL of " + dataDir);
            }
            throw new DatabaseException(PortHolder.describe(port, dataDir));
        }
        java.nio.channels.FileChannel ownership = own(dataDir);
        try {
            PgHba.restoreLoopbackTrust(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    // Entente stops the server itself, after the reload it serves has rolled back or finished.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("listen_addresses", listenAddresses);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedServer server = new EmbeddedServer(postgres, ownership, dataDir, postgres.getPort(), shared, null, null);
            server.createDatabase(DATABASE);
            return server;
        } catch (IOException | RuntimeException e) {
            closeQuietly(ownership);
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new ServerBusyException("another process holds the embedded PostgreSQL of " + dataDir);
            }
            throw new DatabaseException("cannot start the embedded PostgreSQL in " + dataDir
                    + " (is another Entente process using it?): " + e.getMessage(), e);
        }
    }

    /**
     * Locks {@code DATADIR.lock}, beside the data directory, for as long as this process runs its server:
     * the library's own lock file is removed by a process that fails to take it, so it cannot keep a
     * second process from starting a server on the same data directory.
     */
    private static java.nio.channels.FileChannel own(Path dataDir) {
        Path lockFile = dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".lock");
        java.nio.channels.FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // This process runs it already.
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
        closeQuietly(channel);
        throw new ServerBusyException("another process runs the embedded PostgreSQL of " + dataDir);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (Exception e) {
            // A lock file that was never used, or a presence on a server that has gone.
        }
    }

    public int port() {
        return port;
    }

    /** True when this process runs the server; false when it uses one another Entente process runs. */
    public boolean owned() {
        return postgres != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates {@code name} unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The warehouse database on this server; closing it stops the server when this process runs it. */
    public Warehouse warehouse() {
        return owned() ? Warehouse.owned(jdbcUrl(DATABASE), "postgres", this)
                : Warehouse.owned(jdbcUrl(DATABASE), "postgres", password, this);
    }

    /**
     * Stops the server when this process runs it: first withdraws the server file, then waits (up to
     * {@link #CLIENTS_GRACE}) for the other Entente commands connected to it, then stops PostgreSQL.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        if (postgres == null) {
            closed = true;
            closeQuietly(presence);
            return;
        }
        closed = true;
        if (shared) {
            ServerFile.delete(dataDir);
            awaitOtherClients();
        }
        try {
            postgres.close();
        } finally {
            closeQuietly(ownership);
        }
    }

    private void awaitOtherClients() {
        long deadline = System.nanoTime() + CLIENTS_GRACE.toNanos();
        boolean told = false;
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", null);
             Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where pid <> pg_backend_pid() "
                        + "and backend_type = 'client backend' and application_name = 'entente'")) {
                    rs.next();
                    int others = rs.getInt(1);
                    if (others == 0) {
                        return;
                    }
                    if (!told) {
                        System.err.println("entente: waiting for " + others + " connection(s) of other Entente "
                                + "commands to end before stopping PostgreSQL (at most " + CLIENTS_GRACE.toSeconds()
                                + " s)");
                        told = true;
                    }
                }
                sleep(200);
            }
        } catch (SQLException e) {
            // The server is going anyway.
        }
    }

    /** A connection to the running server, counted among the Entente commands using it; null when it refuses. */
    private static Connection presence(int port, String password) {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", "postgres");
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "entente");
        try {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", props);
        } catch (SQLException e) {
            return null; // stopping, or gone: the loop looks again
        }
    }

    /** The data directory is held by another process that is starting or stopping its server: worth a retry. */
    static final class ServerBusyException extends DatabaseException {
        ServerBusyException(String message) {
            super(message);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for the embedded PostgreSQL");
        }
    }
}
