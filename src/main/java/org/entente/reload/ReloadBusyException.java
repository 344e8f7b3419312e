package org.entente.reload;

/** Another reload holds the warehouse's reload lock. */
public class ReloadBusyException extends RuntimeException {
    public ReloadBusyException(String message) {
        super(message);
    }
}
