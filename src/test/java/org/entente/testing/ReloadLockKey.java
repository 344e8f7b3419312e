package org.entente.testing;

/** The reload's advisory lock key, for tests that hold the lock themselves; ReloadServiceTest checks it is ReloadLock's. */
public final class ReloadLockKey {
    public static final long VALUE = 0x456e74656e7465L;

    private ReloadLockKey() {
    }
}
