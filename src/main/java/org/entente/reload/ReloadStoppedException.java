package org.entente.reload;

/** The reload was stopped on request (SIGTERM, Ctrl-C) before it finished; it rolled back. */
public final class ReloadStoppedException extends RuntimeException {
    public ReloadStoppedException(String message) {
        super(message);
    }
}
