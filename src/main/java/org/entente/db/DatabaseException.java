package org.entente.db;

/** The warehouse database cannot be reached, started or migrated; its message never shows a password. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(Secrets.redact(message), cause);
    }

    public DatabaseException(String message) {
        super(Secrets.redact(message));
    }
}
