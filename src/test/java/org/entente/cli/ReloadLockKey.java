package org.entente.cli;

/** The reload lock's key, as tests outside org.entente.app see it. */
final class ReloadLockKey {
    static final long VALUE = org.entente.app.ReloadLockAccess.key();

    private ReloadLockKey() {
    }
}
