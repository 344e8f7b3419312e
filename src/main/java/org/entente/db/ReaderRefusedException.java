package org.entente.db;

/** grant-reader will not make this role a reader: it could do more than read; the message says why. */
public final class ReaderRefusedException extends DatabaseException {
    public ReaderRefusedException(String message) {
        super(message);
    }
}
