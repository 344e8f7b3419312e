package org.entente.reload;

/** A reload that would have removed more articles than its limit allows; it changed nothing. */
public final class RemovalRefusedException extends RuntimeException {
    public RemovalRefusedException(String message) {
        super(message);
    }
}
