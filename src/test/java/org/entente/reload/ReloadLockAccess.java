package org.entente.reload;

/** Exposes the reload lock's key to tests in other packages. */
public final class ReloadLockAccess {
    private ReloadLockAccess() {
    }

    public static long key() {
        return ReloadLock.KEY;
    }
}
