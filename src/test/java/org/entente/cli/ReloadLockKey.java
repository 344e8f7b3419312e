package org.entente.cli;

/** The reload lock's key, as tests outside org.entente.reload see it. */
final class ReloadLockKey {
    static final long VALUE = org.entente.reload.ReloadLockAccess.key();

    private ReloadLockKey() {
    }
}
