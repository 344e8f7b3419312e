package org.entente.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded server's pg_hba.conf: password (SCRAM) authentication for every connection while it
 * listens beyond loopback, and initdb's loopback-only trust otherwise.
 */
public final class PgHba {
    static final String FILE = "pg_hba.conf";
    /** Marks the file Entente writes for remote serving, so a later local start can put trust back. */
    static final String PASSWORD_MARKER = "# entente: password authentication for remote serving";

    private PgHba() {
    }

    /** Every local and host connection, IPv4 and IPv6, must give the role's password; nothing is trusted. */
    public static String passwordOnly() {
        return PASSWORD_MARKER + "\n"
                + "# TYPE  DATABASE  USER  ADDRESS    METHOD\n"
                + "local   all       all              scram-sha-256\n"
                + "host    all       all   0.0.0.0/0  scram-sha-256\n"
                + "host    all       all   ::/0       scram-sha-256\n";
    }

    /** What initdb -A trust writes: the socket and loopback only, no password (the default local use). */
    static String loopbackTrust() {
        return "# entente: loopback only, no password (serve --listen beyond loopback replaces this)\n"
                + "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
                + "local   all       all                 trust\n"
                + "host    all       all   127.0.0.1/32  trust\n"
                + "host    all       all   ::1/128       trust\n";
    }

    /** Writes the password-only file into {@code dataDir}; the server applies it on pg_reload_conf(). */
    public static void requirePasswords(Path dataDir) {
        write(dataDir.resolve(FILE), passwordOnly());
    }

    /** Before a start, puts loopback trust back where a previous remote serve left passwords required. */
    static void restoreLoopbackTrust(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).startsWith(PASSWORD_MARKER)) {
                write(file, loopbackTrust());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
